using System.Text.Json.Nodes;
using static FentanylHelp.Deployment.Tests.Rules.ArmTemplate;

namespace FentanylHelp.Deployment.Tests.Rules;

/// <summary>The channels people reach the bot through: Teams, Direct Line (v3) and Azure's Web Chat, all enabled.</summary>
public static class ChannelRules
{
    public static IReadOnlyList<string> Problems(DeploymentSnapshot snapshot)
    {
        var problems = new List<string>();
        foreach (var bot in snapshot.OfType("Microsoft.BotService/botServices"))
        {
            var botName = DeploymentSnapshot.Name(bot);
            if (Channel(snapshot, botName, "MsTeamsChannel") is { } teams)
            {
                Expect.Value(problems, $"bot '{botName}' MsTeamsChannel isEnabled", teams["isEnabled"], true);
            }
            else
            {
                problems.Add($"bot '{botName}' has no MsTeamsChannel");
            }

            if (Channel(snapshot, botName, "DirectLineChannel") is not { } directLine)
            {
                problems.Add($"bot '{botName}' has no DirectLineChannel");
            }
            else if (!EnabledSites(directLine).Any(site => site["isV3Enabled"]?.GetValue<bool>() == true))
            {
                problems.Add($"bot '{botName}' DirectLineChannel has no enabled site with Direct Line 3.0");
            }

            if (Channel(snapshot, botName, "WebChatChannel") is not { } webChat)
            {
                problems.Add($"bot '{botName}' has no WebChatChannel");
            }
            else if (!EnabledSites(webChat).Any())
            {
                problems.Add($"bot '{botName}' WebChatChannel has no enabled site");
            }
        }

        return problems;
    }

    /// <summary>The channel's own properties, when the deployment creates it with a matching channelName.</summary>
    private static JsonObject? Channel(DeploymentSnapshot snapshot, string botName, string channelName) =>
        snapshot.OfType("Microsoft.BotService/botServices/channels")
            .Where(channel => string.Equals(DeploymentSnapshot.Name(channel), $"{botName}/{channelName}", StringComparison.OrdinalIgnoreCase))
            .Where(channel => Text(channel["properties"]?["channelName"]) == channelName)
            .Select(channel => channel["properties"]?["properties"] as JsonObject ?? [])
            .FirstOrDefault();

    private static IEnumerable<JsonObject> EnabledSites(JsonObject channel) =>
        (channel["sites"] as JsonArray ?? []).OfType<JsonObject>().Where(site => site["isEnabled"]?.GetValue<bool>() == true);
}
