namespace FentanylHelp.Bot.Tests.Conversations;

/// <summary>One user move (user/tap/event) and the replies expected for it.</summary>
internal sealed record ConversationStep(int Line, string Kind, string Value, List<string> Expected);
