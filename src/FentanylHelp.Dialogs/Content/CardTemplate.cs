using System.Text.Json.Nodes;

namespace FentanylHelp.Dialogs.Content;

/// <summary>An Adaptive Card JSON template from dialogs/cards, with {{name}} placeholders.</summary>
public sealed record CardTemplate(string Name, JsonObject Json, SourceLocation Location);
