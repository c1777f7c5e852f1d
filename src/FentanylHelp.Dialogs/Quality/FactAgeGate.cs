using System.Globalization;

namespace FentanylHelp.Dialogs.Quality;

/// <summary>
/// No fact's review date in sources.yaml is older than quality.yaml's 'review-within-months' (12 by default)
/// on the day the gates run, so a fact that nobody has checked for a year fails CI instead of showing an old
/// "Last reviewed" date to users.
/// </summary>
public sealed class FactAgeGate : IContentGate
{
    public string Name => "fact-age";

    public IEnumerable<QualityFinding> Check(QualityContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var months = content.Settings.ReviewWithinMonths;
        var oldestAllowed = content.Today.AddMonths(-months);
        foreach (var fact in content.Catalog.Facts.Values.Where(fact => fact.Reviewed < oldestAllowed))
        {
            yield return new QualityFinding(Name, fact.Location, $"{fact.Id} reviewed", null,
                $"is more than {months} months before {content.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: check the fact and its sources against the fact sheet again, then update the date",
                fact.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
