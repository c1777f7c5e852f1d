using System.Text.Json.Nodes;

namespace FentanylHelp.Dialogs.Engine;

/// <summary>
/// One message to send. <see cref="Key"/> is the node id or strings.yaml key it came from (tests assert
/// keys, so they survive copy edits). A reply has text, or a filled Adaptive Card, and maybe choices.
/// </summary>
public sealed record Reply(string Key, string Text, JsonObject? Card, IReadOnlyList<ReplyChoice> Choices);
