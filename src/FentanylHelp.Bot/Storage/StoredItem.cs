using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FentanylHelp.Bot.Storage;

/// <summary>
/// One item as every provider stores it: its JSON without the ETag, and the ETag the write expects. The ETag
/// travels in the value: <see cref="IStoreItem.ETag"/>, or an "ETag" entry in a dictionary or JSON object,
/// which is how Bot Framework's <see cref="BotState"/> hands back the state it read. Reads return a
/// <see cref="JObject"/> carrying the current ETag in that same entry.
/// </summary>
internal sealed record StoredItem(string Json, string? ExpectedETag)
{
    public const string ETagField = "ETag";

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        DateParseHandling = DateParseHandling.None,
    });

    /// <summary>No ETag, or "*": write whatever is stored.</summary>
    public bool Unconditional => ExpectedETag is null or StorageETags.Any;

    /// <summary>Only if nothing is stored yet.</summary>
    public bool NewOnly => ExpectedETag == StorageETags.NewItem;

    public static StoredItem From(object? value)
    {
        var json = value is null ? [] : JObject.FromObject(value, Serializer);
        var etag = value is IStoreItem item ? item.ETag : (string?)(json[ETagField] as JValue);
        json.Remove(ETagField);
        return new StoredItem(json.ToString(Formatting.None), string.IsNullOrEmpty(etag) ? null : etag);
    }

    /// <summary>The stored JSON with its current ETag, as a read returns it.</summary>
    public static JObject Read(string json, string etag)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        var item = JObject.Load(reader);
        item[ETagField] = etag;
        return item;
    }

    /// <summary>A fresh ETag that no earlier version of any item had.</summary>
    public static string NewETag() => Guid.NewGuid().ToString("N");
}
