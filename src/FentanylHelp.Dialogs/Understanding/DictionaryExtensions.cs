namespace FentanylHelp.Dialogs.Understanding;

/// <summary>The value under a key, made empty on first use: how the matchers build their indexes.</summary>
internal static class DictionaryExtensions
{
    public static TValue GetOrCreate<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key)
        where TKey : notnull
        where TValue : new()
    {
        if (!dictionary.TryGetValue(key, out var value))
        {
            dictionary[key] = value = new TValue();
        }

        return value;
    }
}
