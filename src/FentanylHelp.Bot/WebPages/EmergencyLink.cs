namespace FentanylHelp.Bot.WebPages;

/// <summary>A link in the emergency bar: where it goes (tel:, sms:, https:) and its words per language.</summary>
public sealed record EmergencyLink(string Href, IReadOnlyDictionary<string, string> Text);
