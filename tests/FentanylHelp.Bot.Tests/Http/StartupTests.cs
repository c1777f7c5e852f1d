using FentanylHelp.Dialogs.Content;

namespace FentanylHelp.Bot.Tests.Http;

public sealed class StartupTests
{
    [Fact]
    public async Task Invalid_content_stops_the_app_at_start_up_naming_file_line_and_problem()
    {
        var folder = Directory.CreateTempSubdirectory("dialogs-");
        try
        {
            CopyDirectory(Path.Combine(AppContext.BaseDirectory, "dialogs"), folder.FullName);
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "broken.dialog.yaml"), """
                dialog: broken
                nodes:
                  - id: broken-start
                    text: { en: Where next? }
                    ask: { en: [broken question] }
                    choices:
                      - label: { en: Nowhere }
                        goto: no-such-node
                """, TestContext.Current.CancellationToken);
            await using var factory = new BotApplicationFactory(new Dictionary<string, string?> { ["Content:Path"] = folder.FullName });

            var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

            var content = Assert.IsType<ContentException>(error.GetBaseException());
            Assert.Contains("broken.dialog.yaml(7): DLG002 choice goes to unknown node 'no-such-node'", content.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
