using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.RegularExpressions;
using FentanylHelp.Bot.WebChannel;
using Microsoft.Extensions.Options;

namespace FentanylHelp.Bot.WebPages;

/// <summary>
/// Fills the chat page template (WebPages/chat.html) for one request: the words from dialogs/web.yaml in the
/// page's language, the emergency links, the asset URLs, the CSP nonce and the validated deep link.
/// Every value is HTML-encoded on the way in.
/// </summary>
public sealed partial class ChatPage
{
    /// <summary>Encodes markup characters but keeps letters such as ñ and ¿ readable.</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly string template;
    private readonly WebText text;
    private readonly WebAssets assets;
    private readonly bool webSockets;

    public ChatPage(WebText text, WebAssets assets, IOptions<WebChannelOptions> channel)
        : this(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "WebPages", "chat.html")), text, assets, channel.Value.WebSockets)
    {
    }

    public ChatPage(string template, WebText text, WebAssets assets, bool webSockets = true)
    {
        this.template = template;
        this.text = text;
        this.assets = assets;
        this.webSockets = webSockets;
    }

    public string Render(ChatPageLayout layout, string language, string nonce, DeepLink link)
    {
        var slots = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["lang"] = language,
            ["locale"] = PageLanguage.WebChatLocale(language),
            ["layout"] = layout == ChatPageLayout.Embed ? "embed" : "page",
            ["nonce"] = nonce,
            ["domain"] = WebChannelEndpoints.DirectLinePath,
            ["token-url"] = WebChannelEndpoints.TokenPath,
            ["websocket"] = webSockets ? "on" : "off",
            ["topic"] = link.Topic ?? string.Empty,
            ["src"] = link.Campaign ?? string.Empty,
            ["chat.css"] = assets.UrlOf("chat.css"),
            ["chat.js"] = assets.UrlOf("chat.js"),
            ["webchat.js"] = assets.UrlOf(WebAssets.WebChatBundle),
        };
        foreach (var key in WebTextKeys.Texts)
        {
            slots[key] = text.Text(key, language);
        }

        var html = Slot().Replace(template, match => match.Groups[1].Value switch
        {
            WebTextKeys.EmergencyLinks => EmergencyLinks(language),
            var name when slots.TryGetValue(name, out var value) => Encoder.Encode(value),
            var name => throw new InvalidOperationException($"chat.html has an unknown slot '{{{{{name}}}}}'."),
        });
        return html;
    }

    private string EmergencyLinks(string language)
    {
        var links = new StringBuilder();
        foreach (var link in text.EmergencyLinks)
        {
            links.Append("<a href=\"").Append(Encoder.Encode(link.Href)).Append("\">")
                .Append(Encoder.Encode(link.Text[language])).Append("</a>");
        }

        return links.ToString();
    }

    [GeneratedRegex(@"\{\{([a-z.-]+)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Slot();
}
