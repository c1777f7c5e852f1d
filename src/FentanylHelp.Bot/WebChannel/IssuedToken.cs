namespace FentanylHelp.Bot.WebChannel;

/// <summary>A signed token and its lifetime in seconds (Direct Line's <c>expires_in</c>).</summary>
public sealed record IssuedToken(string Token, int ExpiresIn, DateTimeOffset ExpiresAt);
