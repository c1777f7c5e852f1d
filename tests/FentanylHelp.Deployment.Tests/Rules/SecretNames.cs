using System.Text.RegularExpressions;

namespace FentanylHelp.Deployment.Tests.Rules;

/// <summary>
/// Whether a parameter or setting name looks like it holds a secret: it has a word such as password, secret,
/// token, credential or key (appPassword, tokenSigningKey, connectionString), and it does not end in a word
/// that names or points to a secret rather than holding it (secretName, keyVaultUri, clientId).
/// </summary>
public static partial class SecretNames
{
    private static readonly HashSet<string> SecretWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passwd", "pwd", "secret", "secrets", "token", "credential", "credentials", "key", "keys", "connectionstring", "sas",
    };

    private static readonly HashSet<string> PointerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "name", "names", "id", "ids", "uri", "url", "version", "type", "vault", "expiry", "lifetime",
    };

    public static bool LooksLikeSecret(string name)
    {
        var words = Words().Matches(name.Replace("ConnectionString", "Connectionstring", StringComparison.OrdinalIgnoreCase))
            .Select(match => match.Value)
            .ToList();
        return words.Count > 0 && words.Any(SecretWords.Contains) && !PointerWords.Contains(words[^1]);
    }

    // camelCase, PascalCase, snake_case and double-underscore setting names all split into words.
    [GeneratedRegex("[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")]
    private static partial Regex Words();
}
