namespace FentanylHelp.Dialogs.Content;

/// <summary>One text in every language it was written in. English is the base language and always present.</summary>
public sealed class LocalizedText(IReadOnlyDictionary<string, string> byLanguage)
{
    public const string BaseLanguage = "en";

    public IReadOnlyDictionary<string, string> ByLanguage { get; } = byLanguage;

    public string For(string language) =>
        ByLanguage.TryGetValue(language, out var text) ? text : ByLanguage.GetValueOrDefault(BaseLanguage, string.Empty);
}
