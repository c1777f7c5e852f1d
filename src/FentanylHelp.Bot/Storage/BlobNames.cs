using System.Security.Cryptography;
using System.Text;

namespace FentanylHelp.Bot.Storage;

/// <summary>
/// Storage keys as blob names. Letters, digits, '-' and '_' stay; every other character becomes '~' and the
/// hex of its UTF-8 bytes, so '/', '?', '#', '%', '.', '\' and any script are safe in a URL, names never end
/// in '.' or '/', and two keys never share a name. A name that would pass <see cref="MaxEscapedLength"/>
/// (blob names stop at 1024) becomes "~~" and the SHA-256 of the key: escaped names never hold "~~".
/// </summary>
public static class BlobNames
{
    public const int MaxEscapedLength = 512;

    private const string HashedPrefix = "~~";

    public static string For(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var name = new StringBuilder(key.Length);
        Span<byte> bytes = stackalloc byte[4];
        for (var index = 0; index < key.Length; index++)
        {
            var character = key[index];
            if (char.IsAsciiLetterOrDigit(character) || character is '-' or '_')
            {
                name.Append(character);
                continue;
            }

            var length = char.IsHighSurrogate(character) && index + 1 < key.Length && char.IsLowSurrogate(key[index + 1])
                ? Encoding.UTF8.GetBytes(key.AsSpan(index++, 2), bytes)
                : Encoding.UTF8.GetBytes(key.AsSpan(index, 1), bytes);
            foreach (var value in bytes[..length])
            {
                name.Append('~').Append(value.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (name.Length > MaxEscapedLength)
            {
                break;
            }
        }

        return name.Length is > 0 and <= MaxEscapedLength
            ? name.ToString()
            : HashedPrefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
