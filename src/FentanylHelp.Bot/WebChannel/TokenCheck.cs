namespace FentanylHelp.Bot.WebChannel;

/// <summary>The outcome of checking a bearer token: its grant, or why it was refused.</summary>
public readonly record struct TokenCheck(DirectLineToken? Token, TokenProblem Problem)
{
    public static TokenCheck Refused(TokenProblem problem) => new(null, problem);
}
