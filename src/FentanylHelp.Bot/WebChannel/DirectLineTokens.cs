using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace FentanylHelp.Bot.WebChannel;

/// <summary>
/// Issues and checks the channel's tokens: compact JWTs signed with HMAC-SHA256. A conversation token
/// carries <c>conv</c> and <c>user</c> (Web Chat reads <c>user</c> to know who it is); a stream token is
/// good once, for one WebSocket, within a minute. Nothing here is a secret the page holds: a token
/// only opens the one conversation it names.
/// </summary>
public sealed class DirectLineTokens
{
    private const string Issuer = "fentanylhelp-webchannel";
    private const string ConversationUse = "conversation";
    private const string StreamUse = "stream";

    private static readonly string Header = Base64Url(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}"""));

    private readonly IOptions<WebChannelOptions> options;
    private readonly TimeProvider time;
    private readonly Lazy<byte[]> key;
    private readonly ConcurrentDictionary<string, DateTimeOffset> redeemedStreamTokens = new(StringComparer.Ordinal);

    public DirectLineTokens(IOptions<WebChannelOptions> options, TimeProvider time)
    {
        // Options are read on first use, after start-up validation has had its say.
        this.options = options;
        this.time = time;
        key = new Lazy<byte[]>(() => options.Value.SigningKey() ?? RandomNumberGenerator.GetBytes(32));
    }

    /// <summary>When a token issued now would expire.</summary>
    public DateTimeOffset ExpiryFromNow => time.GetUtcNow() + options.Value.TokenLifetime;

    public IssuedToken Issue(string conversationId, string userId)
    {
        var now = time.GetUtcNow();
        var expires = now + options.Value.TokenLifetime;
        return new IssuedToken(Sign(ConversationUse, conversationId, userId, now, expires), (int)options.Value.TokenLifetime.TotalSeconds, expires);
    }

    public string IssueStream(string conversationId)
    {
        var now = time.GetUtcNow();
        return Sign(StreamUse, conversationId, null, now, now + options.Value.StreamTokenLifetime);
    }

    /// <summary>Checks an <c>Authorization: Bearer</c> token, and that it is for this conversation when one is named.</summary>
    public TokenCheck Check(string? token, string? conversationId = null)
    {
        if (string.IsNullOrEmpty(token))
        {
            return TokenCheck.Refused(TokenProblem.Missing);
        }

        if (Read(token, ConversationUse) is not { } claims || claims.UserId is null)
        {
            return TokenCheck.Refused(TokenProblem.Invalid);
        }

        if (claims.ExpiresAt <= time.GetUtcNow())
        {
            return TokenCheck.Refused(TokenProblem.Expired);
        }

        if (conversationId is not null && !string.Equals(conversationId, claims.ConversationId, StringComparison.Ordinal))
        {
            return TokenCheck.Refused(TokenProblem.OtherConversation);
        }

        return new TokenCheck(new DirectLineToken(claims.ConversationId, claims.UserId, claims.ExpiresAt), TokenProblem.None);
    }

    /// <summary>Accepts a stream token once, for its own conversation, before it expires.</summary>
    public bool TryRedeemStream(string? token, string conversationId)
    {
        if (string.IsNullOrEmpty(token)
            || Read(token, StreamUse) is not { } claims
            || !string.Equals(claims.ConversationId, conversationId, StringComparison.Ordinal)
            || claims.ExpiresAt <= time.GetUtcNow())
        {
            return false;
        }

        return redeemedStreamTokens.TryAdd(claims.Id, claims.ExpiresAt);
    }

    /// <summary>Forgets redeemed stream tokens once they have expired anyway.</summary>
    public void PurgeRedeemed()
    {
        var now = time.GetUtcNow();
        foreach (var (id, expires) in redeemedStreamTokens)
        {
            if (expires <= now)
            {
                redeemedStreamTokens.TryRemove(id, out _);
            }
        }
    }

    private string Sign(string use, string conversationId, string? userId, DateTimeOffset issued, DateTimeOffset expires)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("iss", Issuer);
            json.WriteString("use", use);
            json.WriteString("conv", conversationId);
            if (userId is not null)
            {
                json.WriteString("user", userId);
            }

            json.WriteNumber("iat", issued.ToUnixTimeSeconds());
            json.WriteNumber("exp", expires.ToUnixTimeSeconds());
            json.WriteString("jti", Base64Url(RandomNumberGenerator.GetBytes(16)));
            json.WriteEndObject();
        }

        var unsigned = $"{Header}.{Base64Url(buffer.ToArray())}";
        return $"{unsigned}.{Base64Url(HMACSHA256.HashData(key.Value, Encoding.ASCII.GetBytes(unsigned)))}";
    }

    private Claims? Read(string token, string use)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || !string.Equals(parts[0], Header, StringComparison.Ordinal) || token.Length > 2048)
        {
            return null;
        }

        var expected = HMACSHA256.HashData(key.Value, Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
        if (FromBase64Url(parts[2]) is not { } signature || !CryptographicOperations.FixedTimeEquals(expected, signature))
        {
            return null;
        }

        try
        {
            using var payload = JsonDocument.Parse(FromBase64Url(parts[1]) ?? []);
            var root = payload.RootElement;
            if (Text(root, "iss") != Issuer || Text(root, "use") != use || Text(root, "conv") is not { } conversation
                || Text(root, "jti") is not { } id || !root.TryGetProperty("exp", out var exp) || !exp.TryGetInt64(out var seconds))
            {
                return null;
            }

            return new Claims(conversation, Text(root, "user"), DateTimeOffset.FromUnixTimeSeconds(seconds), id);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[]? FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 += (base64.Length % 4) switch { 2 => "==", 3 => "=", _ => string.Empty };
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private sealed record Claims(string ConversationId, string? UserId, DateTimeOffset ExpiresAt, string Id);
}
