using System.Globalization;
using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;

namespace FentanylHelp.Bot.BotFramework;

/// <summary>
/// Deep links (<c>?topic=&lt;node&gt;</c>) open the chat at a topic. A topic is a node some button leads to, and the
/// bot reaches it the way a person would: the welcome, then a tap on that button. So the engine needs no new
/// input, history and "back" work as usual, and nothing outside the script can be opened.
/// </summary>
public static class TopicLinks
{
    /// <summary>The submit value of the first button that leads to the topic (the menu's first), or null for anything else.</summary>
    public static IReadOnlyDictionary<string, string>? TapFor(ContentCatalog catalog, string? topic)
    {
        if (string.IsNullOrEmpty(topic) || topic.Length > 64 || !catalog.Nodes.ContainsKey(topic)
            || topic is ContentCatalog.RequiredNodes.Welcome or ContentCatalog.RequiredNodes.Menu)
        {
            return null;
        }

        var menuFirst = catalog.NodeList.OrderBy(node => node.Id == ContentCatalog.RequiredNodes.Menu ? 0 : 1);
        foreach (var node in menuFirst)
        {
            for (var index = 0; index < node.Choices.Count; index++)
            {
                var choice = node.Choices[index];
                if (choice.Action is ChoiceAction.Goto or ChoiceAction.Call && choice.Target == topic && choice.Signal is null)
                {
                    return new Dictionary<string, string>(StringComparer.Ordinal)
                    {
                        [SubmitKeys.From] = node.Id,
                        [SubmitKeys.Choice] = (index + 1).ToString(CultureInfo.InvariantCulture),
                    };
                }
            }
        }

        return null;
    }

    public static bool IsTopic(ContentCatalog catalog, string? topic) => TapFor(catalog, topic) is not null;
}
