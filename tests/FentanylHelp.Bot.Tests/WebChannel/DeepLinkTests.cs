using System.Text.Json.Nodes;
using FentanylHelp.Bot.BotFramework;
using FentanylHelp.Bot.Tests.Http;
using FentanylHelp.Bot.WebChannel;
using FentanylHelp.Dialogs.Content;
using Microsoft.Extensions.DependencyInjection;

namespace FentanylHelp.Bot.Tests.WebChannel;

/// <summary>Deep links: the join event's topic opens that topic after the welcome; its campaign is kept; bad values are ignored.</summary>
public sealed class DeepLinkTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_join_with_a_topic_gets_the_welcome_then_that_topic()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        await client.PostAsync(DirectLineClient.Join(value: new JsonObject { ["lang"] = "en", ["topic"] = "help-naloxone" }));

        var keys = (await client.PollAsync()).Activities().Where(activity => activity.IsFromBot()).Select(activity => activity.ReplyKey());
        Assert.Equal(["welcome", "menu", "help-naloxone"], keys);
    }

    [Fact]
    public async Task After_a_deep_link_back_goes_to_where_the_button_was()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        await client.PostAsync(DirectLineClient.Join(value: new JsonObject { ["topic"] = "origins-start" }));

        await client.PostAsync(DirectLineClient.Message("back"));

        var keys = (await client.PollAsync("4")).Activities().Where(activity => activity.IsFromBot()).Select(activity => activity.ReplyKey());
        Assert.Equal(["menu"], keys);
    }

    [Theory]
    [InlineData("no-such-node")]
    [InlineData("welcome")]
    [InlineData("menu")]
    [InlineData("")]
    [InlineData("<script>")]
    public async Task A_join_with_an_unknown_topic_gets_the_plain_welcome(string topic)
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        await client.PostAsync(DirectLineClient.Join(value: new JsonObject { ["topic"] = topic }));

        var keys = (await client.PollAsync()).Activities().Where(activity => activity.IsFromBot()).Select(activity => activity.ReplyKey());
        Assert.Equal(["welcome", "menu"], keys);
    }

    [Fact]
    public async Task A_join_whose_value_is_not_an_object_still_gets_the_welcome()
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();
        var join = DirectLineClient.Join();
        join["value"] = "help-naloxone";

        await client.PostAsync(join);

        Assert.Equal(["welcome", "menu"], (await client.PollAsync()).Activities().Where(activity => activity.IsFromBot()).Select(activity => activity.ReplyKey()));
    }

    [Theory]
    [InlineData("Flyer-2026_spring", "flyer-2026_spring")]
    [InlineData("qr7", "qr7")]
    [InlineData("<script>", null)]
    [InlineData("-dash-first", null)]
    [InlineData("a-campaign-name-that-is-far-too-long-to-be-real", null)]
    public async Task The_campaign_of_a_deep_link_is_kept_with_the_conversation_when_valid(string src, string? kept)
    {
        await using var host = WebChannelHost.Start();
        var client = host.Client();
        await client.StartAsync();

        await client.PostAsync(DirectLineClient.Join(value: new JsonObject { ["src"] = src }));

        Assert.Equal(kept, host.Services.GetRequiredService<WebConversations>().Find(client.ConversationId)!.Campaign);
    }

    [Fact]
    public void Every_node_a_button_leads_to_can_be_linked_and_its_link_is_a_tap_on_that_button()
    {
        var catalog = ContentLoader.LoadValid(Path.Combine(AppContext.BaseDirectory, "dialogs"));
        var targets = catalog.NodeList.SelectMany(node => node.Choices)
            .Where(choice => choice.Action is ChoiceAction.Goto or ChoiceAction.Call && choice.Signal is null)
            .Select(choice => choice.Target!)
            .Where(target => target is not ContentCatalog.RequiredNodes.Welcome and not ContentCatalog.RequiredNodes.Menu)
            .Distinct();

        Assert.All(targets, target =>
        {
            var tap = TopicLinks.TapFor(catalog, target)!;
            var from = catalog.Nodes[tap["from"]];
            Assert.Equal(target, from.Choices[int.Parse(tap["choice"], System.Globalization.CultureInfo.InvariantCulture) - 1].Target);
        });
        Assert.Equal("menu", TopicLinks.TapFor(catalog, "help-start")!["from"]);
        Assert.Null(TopicLinks.TapFor(catalog, "welcome"));
        Assert.Null(TopicLinks.TapFor(catalog, "no-such-node"));
    }

    [Theory]
    [InlineData("/?topic=help-naloxone&lang=es&src=flyer-3", "help-naloxone", "es", "flyer-3")]
    [InlineData("/?topic=HELP-NALOXONE&src=Flyer-3", "help-naloxone", "en", "flyer-3")]
    [InlineData("/embed?topic=origins-start&src=partner_county", "origins-start", "en", "partner_county")]
    [InlineData("/?topic=no-such-node&lang=xx&src=%3Cb%3E", "", "en", "")]
    [InlineData("/?topic=%22%3E%3Cscript%3E&src=", "", "en", "")]
    public async Task The_page_passes_on_only_valid_deep_link_values(string path, string topic, string language, string campaign)
    {
        await using var factory = new BotApplicationFactory();
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(path, Cancel);

        Assert.Contains($"data-topic=\"{topic}\" data-src=\"{campaign}\"", html, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }
}
