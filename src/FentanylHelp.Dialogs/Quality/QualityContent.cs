using FentanylHelp.Dialogs.Content;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>What the content gates check: the loaded content, its texts, and the gates' own lists (quality.yaml, facts-allowlist.yaml).</summary>
public sealed class QualityContent
{
    private MessagePreparer? preparer;

    public required ContentCatalog Catalog { get; init; }

    public required QualitySettings Settings { get; init; }

    public required FactsAllowlist Allowlist { get; init; }

    public required IReadOnlyList<ContentText> Texts { get; init; }

    /// <summary>The date the content is checked on: review dates are judged against it.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>Where findings about the content as a whole point (the content folder, for example "dialogs").</summary>
    public required SourceLocation Root { get; init; }

    /// <summary>Prepares messages for counting: drops the proper names and every number the content dials (tel: links).</summary>
    public MessagePreparer Preparer => preparer ??= new MessagePreparer(
        Settings.ProperNames,
        Texts.SelectMany(text => text.Text.ByLanguage.Values)
            .SelectMany(FigureExtractor.Extract)
            .Where(figure => figure.Kind == FigureKind.Phone)
            .Select(figure => figure.Key));
}
