using System.Text.Json.Nodes;

namespace FentanylHelp.Bot.Tests.Teams;

/// <summary>
/// The Teams app's command menu (teamsAppManifest/manifest.json, and its Spanish titles in es.json) puts a command's
/// title in the message box. Each title must be words the bot understands, reaching the node the command is for,
/// typed in a personal chat or after an @mention in a channel.
/// </summary>
public sealed class TeamsCommandMenuTests
{
    /// <summary>What each command of the manifest is for, by its English title. A new command needs a line here.</summary>
    private static readonly Dictionary<string, string> IntendedNode = new(StringComparer.Ordinal)
    {
        ["menu"] = "menu",
        ["where fentanyl comes from"] = "origins-start",
        ["medical vs illegal fentanyl"] = "medical-start",
        ["get help"] = "help-start",
        ["español"] = "language-switched",
        ["privacy"] = "privacy",
    };

    /// <summary>The language each command leaves the conversation in, where it is not the menu's own language.</summary>
    private static readonly Dictionary<string, string> SwitchesTo = new(StringComparer.Ordinal)
    {
        ["español"] = "es",
    };

    public static TheoryData<string, string, int> Commands()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var transport in TeamsTransport.Both)
        {
            for (var index = 0; index < EnglishTitles().Count; index++)
            {
                data.Add(transport, "en", index);
                data.Add(transport, "es", index);
            }
        }

        return data;
    }

    [Fact]
    public void Every_manifest_command_has_an_intended_node_and_a_Spanish_title()
    {
        var english = EnglishTitles();
        var spanish = SpanishTitles();

        Assert.Equal(IntendedNode.Keys.Order(StringComparer.Ordinal), english.Order(StringComparer.Ordinal));
        Assert.Equal(english.Count, spanish.Count);
        Assert.All(english.Concat(spanish), title => Assert.InRange(title.Length, 1, 32));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_command_title_typed_in_personal_chat_reaches_its_node(string transport, string language, int index)
    {
        await using var teams = TeamsTransport.Create(transport);
        var (title, expected, endLanguage) = Command(language, index);

        var replies = await teams.SendAsync(TeamsPayloads.PersonalMessage(TeamsPayloads.NewPersonalChat(), title, Locale(language)));

        AssertReached(replies, title, expected, endLanguage);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_command_title_after_a_mention_in_a_channel_reaches_its_node(string transport, string language, int index)
    {
        await using var teams = TeamsTransport.Create(transport);
        var (title, expected, endLanguage) = Command(language, index);

        var replies = await teams.SendAsync(TeamsPayloads.ChannelMention(TeamsPayloads.NewChannelThread(), title, Locale(language)));

        AssertReached(replies, title, expected, endLanguage);
    }

    private static void AssertReached(IReadOnlyList<JsonObject> replies, string title, string expected, string endLanguage)
    {
        var answers = replies.Messages().Where(reply => reply.Key() != "language-detected").ToList();
        Assert.True(answers.Count > 0 && answers[0].Key() == expected,
            $"'{title}' should reach {expected} but the bot replied [{string.Join(", ", replies.Keys())}]");
        Assert.Equal(endLanguage, (string?)answers[0]["locale"]);
    }

    private static (string Title, string Expected, string EndLanguage) Command(string language, int index)
    {
        var english = EnglishTitles()[index];
        var title = language == "en" ? english : SpanishTitles()[index];
        var endLanguage = SwitchesTo.TryGetValue(english, out var switched)
            ? (language == "en" ? switched : "en")
            : language;
        return (title, IntendedNode[english], endLanguage);
    }

    private static string Locale(string language) => language == "es" ? "es-MX" : "en-US";

    private static JsonNode Read(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "teamsAppManifest", file)))!;

    private static List<string> EnglishTitles()
    {
        var lists = Read("manifest.json")["bots"]![0]!["commandLists"]!.AsArray();
        Assert.Single(lists);
        return [.. lists[0]!["commands"]!.AsArray().Select(command => (string)command!["title"]!)];
    }

    private static List<string> SpanishTitles()
    {
        var spanish = Read("es.json").AsObject();
        return [.. Enumerable.Range(0, EnglishTitles().Count)
            .Select(index => (string?)spanish[$"bots[0].commandLists[0].commands[{index}].title"]
                ?? throw new InvalidOperationException($"es.json has no title for command {index}"))];
    }
}
