using FentanylHelp.Dialogs.Content;

namespace FentanylHelp.Dialogs.Tests;

public sealed class ContentFolderTests
{
    [Fact]
    public void Content_folder_validates_without_diagnostics()
    {
        var (_, diagnostics) = ContentLoader.Load(TestContent.Files);

        Assert.True(diagnostics.Count == 0, string.Join(Environment.NewLine, diagnostics));
    }

    [Fact]
    public void Content_has_the_three_journeys_and_the_required_nodes()
    {
        var dialogs = TestContent.Catalog.NodeList.Select(node => node.Dialog).ToHashSet();

        Assert.Superset(new HashSet<string> { "common", "origins", "medical", "help" }, dialogs);
        Assert.All(ContentCatalog.RequiredNodes.All, id => Assert.Contains(id, TestContent.Catalog.Nodes.Keys));
    }

    [Fact]
    public void Cards_are_version_1_5_or_lower_so_Teams_renders_them()
    {
        Assert.All(TestContent.Catalog.Cards.Values, card =>
            Assert.True(Version.Parse((string)card.Json["version"]!) <= ContentValidator.MaxCardVersion, card.Name));
    }
}
