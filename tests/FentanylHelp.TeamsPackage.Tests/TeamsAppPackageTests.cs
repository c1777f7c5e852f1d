using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FentanylHelp.TeamsPackage.Tests;

/// <summary>The zip the README's command writes: layout, filled ids, Microsoft's schema, icons.</summary>
public sealed partial class TeamsAppPackageTests(BuiltPackage package) : IClassFixture<BuiltPackage>
{
    [Fact]
    public void The_command_writes_the_zip()
    {
        Assert.True(package.ExitCode == 0, package.Error);
        Assert.True(File.Exists(package.ZipPath));
    }

    [Fact]
    public void Manifest_localization_and_icons_sit_at_the_root_of_the_zip()
    {
        Assert.Equal(["color.png", "es.json", "manifest.json", "outline.png"], package.Entries.Keys.Order(StringComparer.Ordinal));
        var manifest = package.Manifest;
        Assert.Equal("color.png", (string?)manifest["icons"]!["color"]);
        Assert.Equal("outline.png", (string?)manifest["icons"]!["outline"]);
        Assert.Equal("es.json", (string?)manifest["localizationInfo"]!["additionalLanguages"]![0]!["file"]);
    }

    [Fact]
    public void The_bots_app_id_is_filled_in_as_a_valid_guid_and_no_placeholder_is_left()
    {
        var manifest = package.Manifest;
        var text = manifest.ToJsonString();

        Assert.Equal(BuiltPackage.AppId.ToLowerInvariant(), (string?)manifest["bots"]![0]!["botId"]);
        Assert.Matches(TeamsGuid(), (string)manifest["bots"]![0]!["botId"]!);
        Assert.Matches(TeamsGuid(), (string)manifest["id"]!);
        Assert.DoesNotContain("${{", text, StringComparison.Ordinal);
        Assert.Equal("1.2.3", (string?)manifest["version"]);
        Assert.Equal("https://health.example.org/privacy", (string?)manifest["developer"]!["privacyUrl"]);
    }

    [Fact]
    public void The_bot_serves_personal_chats_teams_and_group_chats_with_a_command_list()
    {
        var bot = package.Manifest["bots"]![0]!;

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(scope => (string)scope!));
        var commands = bot["commandLists"]![0]!["commands"]!.AsArray();
        Assert.InRange(commands.Count, 1, 10);
        Assert.All(commands, command => Assert.InRange(((string)command!["title"]!).Length, 1, 32));
    }

    [Fact]
    public void Manifest_and_Spanish_localization_pass_Microsofts_schema()
    {
        var files = package.Extract("valid",
            ("manifest.json", package.Manifest.ToJsonString()),
            ("es.json", System.Text.Encoding.UTF8.GetString(package.Entries["es.json"])));

        var (exitCode, output) = ManifestValidator.Validate(files);

        Assert.True(exitCode == 0, output);
        Assert.Contains("manifest.json: valid", output, StringComparison.Ordinal);
        Assert.Contains("es.json: valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifest_is_on_the_newest_schema_the_validator_bundles()
    {
        var bundled = Directory.GetDirectories(Path.Combine(RepositoryFolders.TeamsAppManifest, "validation", "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams"))
            .Select(Path.GetFileName)
            .Where(name => name!.StartsWith("v1.", StringComparison.Ordinal))
            .Select(name => Version.Parse(name![1..]))
            .Max();
        var manifest = package.Manifest;

        Assert.Equal(bundled!.ToString(), (string?)manifest["manifestVersion"]);
        Assert.Contains($"/v{bundled}/MicrosoftTeams.schema.json", (string)manifest["$schema"]!, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BrokenManifests() => new()
    {
        { "accent colour as a word", """{"accentColor": "white"}""" },
        { "bot id not a GUID", """{"bots": [{"botId": "fentanyl-bot", "scopes": ["personal"]}]}""" },
        { "old lowercase scope", """{"bots": [{"botId": "5b0e7a3c-91d2-4f4b-8c6e-2a7d9f1e3b50", "scopes": ["groupchat"]}]}""" },
        { "privacy page on http", """{"developer": {"name": "County", "websiteUrl": "https://a.example", "privacyUrl": "ftp://a.example/p", "termsOfUseUrl": "https://a.example/t"}}""" },
        { "short description too long", """{"description": {"short": "LONG", "full": "Full."}}""" },
        { "an unknown field", """{"botSecret": "hunter2"}""" },
        { "schema 1.18 that Microsoft never published", """{"$schema": "https://developer.microsoft.com/json-schemas/teams/v1.18/MicrosoftTeams.schema.json", "manifestVersion": "1.18"}""" },
    };

    [Theory]
    [MemberData(nameof(BrokenManifests))]
    public void A_planted_problem_in_the_manifest_fails_the_schema_check(string problem, string patch)
    {
        var manifest = package.Manifest;
        foreach (var (name, value) in JsonNode.Parse(patch)!.AsObject())
        {
            manifest[name] = value?.DeepClone();
        }

        if ((string?)manifest["description"]?["short"] == "LONG")
        {
            manifest["description"]!["short"] = new string('a', 81);
        }

        var files = package.Extract("broken-" + problem.Replace(' ', '-'), ("manifest.json", manifest.ToJsonString()));

        var (exitCode, output) = ManifestValidator.Validate(files);

        Assert.True(exitCode == 1, $"{problem}: the validator passed it (exit {exitCode}): {output}");
        Assert.DoesNotContain("manifest.json: valid", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Thirteen_commands_fail_the_schema_check()
    {
        var manifest = package.Manifest;
        var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();
        while (commands.Count < 13)
        {
            commands.Add(new JsonObject { ["title"] = "extra " + commands.Count, ["description"] = "More" });
        }

        var (exitCode, output) = ManifestValidator.Validate(package.Extract("too-many-commands", ("manifest.json", manifest.ToJsonString())));

        Assert.Equal(1, exitCode);
        Assert.Contains("/bots/0/commandLists/0/commands", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_planted_problem_in_the_Spanish_localization_fails_the_schema_check()
    {
        var spanish = JsonNode.Parse(package.Entries["es.json"])!.AsObject();
        spanish["bots[0].commandLists[0].commands[0].title"] = new string('m', 129);
        spanish.Remove("description.full");

        var (exitCode, output) = ManifestValidator.Validate(package.Extract("broken-es", ("es.json", spanish.ToJsonString())));

        Assert.Equal(1, exitCode);
        Assert.Contains("commands[0].title", output, StringComparison.Ordinal);
        Assert.Contains("description.full", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_colour_icon_is_192_by_192()
    {
        Assert.Empty(PngIcon.ColorProblems(package.Entries["color.png"]));
    }

    [Fact]
    public void The_outline_icon_is_32_by_32_white_on_transparent()
    {
        Assert.Empty(PngIcon.OutlineProblems(package.Entries["outline.png"]));
    }

    [Fact]
    public void The_icon_checks_catch_a_wrong_size_a_colour_and_an_opaque_background()
    {
        Assert.NotEmpty(PngIcon.ColorProblems(PngIcon.Filled(96, SkiaSharp.SKColors.Navy)));
        Assert.Contains(PngIcon.OutlineProblems(PngIcon.Filled(32, SkiaSharp.SKColors.Red)), problem => problem.Contains("neither white nor transparent", StringComparison.Ordinal));
        Assert.Contains(PngIcon.OutlineProblems(PngIcon.Filled(32, SkiaSharp.SKColors.White)), problem => problem.Contains("transparent background", StringComparison.Ordinal));
        Assert.Contains(PngIcon.OutlineProblems(PngIcon.Filled(48, SkiaSharp.SKColors.Transparent)), problem => problem.Contains("not 32×32", StringComparison.Ordinal));
    }

    [GeneratedRegex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")]
    private static partial Regex TeamsGuid();
}
