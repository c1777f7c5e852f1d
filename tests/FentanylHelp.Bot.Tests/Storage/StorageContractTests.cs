using FentanylHelp.Bot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace FentanylHelp.Bot.Tests.Storage;

/// <summary>
/// The IStorage contract every provider keeps, run once per provider (a subclass each): reads and writes,
/// missing keys, awkward keys, ETags ("*", none, stale, new-only) and many writers at once.
/// </summary>
public abstract class StorageContractTests : IAsyncLifetime
{
    public static readonly TheoryData<string> AwkwardKeys = new(
        "msteams/conversations/a:1Jx-9;messageid=1699",
        "slash/at/end/",
        "question?mark",
        "hash#tag",
        "percent%2Fencoded%",
        "dots/../..",
        "back\\slash",
        "spaces and\ttabs",
        "emoji 🙂 and ñandú, 日本語, עברית",
        "~7E~~tilde",
        new string('k', 1000),
        new string('é', 600));

    private IStorage? storage;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));

    protected IStorage Storage => storage ?? throw new InvalidOperationException("not initialized");

    public async ValueTask InitializeAsync() => storage = await CreateStorageAsync();

    public ValueTask DisposeAsync()
    {
        Cleanup();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_written_item_reads_back_with_an_etag()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k1"] = new Note { Text = "hello", Count = 3 } }, Token);

        var read = await Storage.ReadAsync(["k1"], Token);

        var note = As<Note>(read["k1"]);
        Assert.Equal(("hello", 3), (note.Text, note.Count));
        Assert.False(string.IsNullOrEmpty(note.ETag));
    }

    [Fact]
    public async Task Missing_keys_are_simply_absent_from_a_read()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["present"] = new Note { Text = "here" } }, Token);

        var read = await Storage.ReadAsync(["missing", "present", "also-missing"], Token);

        Assert.Equal(["present"], read.Keys);
        Assert.Empty(await Storage.ReadAsync(["never-written"], Token));
    }

    [Fact]
    public async Task Delete_removes_the_item_and_deleting_a_missing_key_is_no_error()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["gone"] = new Note(), ["kept"] = new Note() }, Token);

        await Storage.DeleteAsync(["gone", "never-there"], Token);

        Assert.Equal(["kept"], (await Storage.ReadAsync(["gone", "kept"], Token)).Keys);
    }

    [Theory]
    [MemberData(nameof(AwkwardKeys))]
    public async Task Awkward_keys_round_trip_and_do_not_collide(string key)
    {
        var neighbours = new[] { key, key + "x", key.ToUpperInvariant(), key.Replace('/', '_') }.Distinct().ToArray();
        await Storage.WriteAsync(neighbours.ToDictionary(name => name, object (name) => new Note { Text = name }), Token);

        var read = await Storage.ReadAsync(neighbours, Token);

        Assert.All(neighbours, name => Assert.Equal(name, As<Note>(read[name]).Text));
        await Storage.DeleteAsync([key], Token);
        Assert.False((await Storage.ReadAsync([key], Token)).ContainsKey(key));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(StorageETags.Any)]
    public async Task No_etag_or_star_writes_whatever_is_stored(string? etag)
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "first" } }, Token);

        await Storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "second", ETag = etag } }, Token);

        Assert.Equal("second", As<Note>((await Storage.ReadAsync(["k"], Token))["k"]).Text);
    }

    [Fact]
    public async Task A_stale_etag_fails_with_a_conflict_and_the_newer_item_stays()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v1" } }, Token);
        var first = As<Note>((await Storage.ReadAsync(["k"], Token))["k"]);
        var second = As<Note>((await Storage.ReadAsync(["k"], Token))["k"]);

        second.Text = "v2";
        await Storage.WriteAsync(new Dictionary<string, object> { ["k"] = second }, Token);
        first.Text = "stale";
        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(new Dictionary<string, object> { ["k"] = first }, Token));

        Assert.Equal("k", conflict.Key);
        Assert.Contains("stale ETag", conflict.Message, StringComparison.Ordinal);
        var stored = As<Note>((await Storage.ReadAsync(["k"], Token))["k"]);
        Assert.Equal("v2", stored.Text);
        Assert.NotEqual(first.ETag, stored.ETag);
    }

    [Fact]
    public async Task An_etag_for_an_item_deleted_meanwhile_is_a_conflict()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note { Text = "v1" } }, Token);
        var read = As<Note>((await Storage.ReadAsync(["k"], Token))["k"]);
        await Storage.DeleteAsync(["k"], Token);

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(new Dictionary<string, object> { ["k"] = read }, Token));
        Assert.Empty(await Storage.ReadAsync(["k"], Token));
    }

    [Fact]
    public async Task A_new_only_write_fails_when_the_item_exists_and_succeeds_when_it_does_not()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["new"] = new Note { Text = "first", ETag = StorageETags.NewItem } }, Token);

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(new Dictionary<string, object> { ["new"] = new Note { Text = "second", ETag = StorageETags.NewItem } }, Token));
        Assert.Equal("first", As<Note>((await Storage.ReadAsync(["new"], Token))["new"]).Text);
    }

    [Fact]
    public async Task The_etag_that_bot_state_carries_in_its_dictionary_is_checked()
    {
        // BotState saves a plain dictionary: the ETag it read is an "ETag" entry in it.
        await Storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Dictionary<string, object> { ["dialog"] = "v1" } }, Token);
        var read = (JObject)(await Storage.ReadAsync(["k"], Token))["k"];
        var asBotStateHasIt = read.ToObject<Dictionary<string, object>>()!;
        await Storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Dictionary<string, object> { ["dialog"] = "v2" } }, Token);

        asBotStateHasIt["dialog"] = "stale";
        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(new Dictionary<string, object> { ["k"] = asBotStateHasIt }, Token));
        Assert.Equal("v2", (string?)((JObject)(await Storage.ReadAsync(["k"], Token))["k"])["dialog"]);
    }

    [Fact]
    public async Task Fifty_writers_updating_one_item_lose_no_update()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["counter"] = new Note() }, Token);
        var conflicts = 0;

        await Task.WhenAll(Enumerable.Range(0, 50).Select(writer => Task.Run(
            async () =>
            {
                while (true)
                {
                    var note = As<Note>((await Storage.ReadAsync(["counter"], Token))["counter"]);
                    note.Count++;
                    note.Writers.Add($"w{writer}");
                    try
                    {
                        await Storage.WriteAsync(new Dictionary<string, object> { ["counter"] = note }, Token);
                        return;
                    }
                    catch (StorageConflictException)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            },
            Token)));

        var final = As<Note>((await Storage.ReadAsync(["counter"], Token))["counter"]);
        Assert.Equal(50, final.Count);
        Assert.Equal(50, final.Writers.Distinct().Count());
        TestContext.Current.SendDiagnosticMessage($"{GetType().Name}: {conflicts} conflicts retried");
    }

    [Fact]
    public async Task Fifty_writers_of_different_items_all_land()
    {
        await Task.WhenAll(Enumerable.Range(0, 50).Select(writer => Task.Run(
            () => Storage.WriteAsync(new Dictionary<string, object> { [$"conversation/{writer}"] = new Note { Count = writer } }, Token),
            Token)));

        var read = await Storage.ReadAsync([.. Enumerable.Range(0, 50).Select(writer => $"conversation/{writer}")], Token);

        Assert.Equal(50, read.Count);
        Assert.All(Enumerable.Range(0, 50), writer => Assert.Equal(writer, As<Note>(read[$"conversation/{writer}"]).Count));
    }

    [Fact]
    public async Task Idle_cleanup_deletes_only_items_not_written_since_the_cutoff()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["old"] = new Note(), ["touched"] = new Note() }, Token);
        Time.Advance(TimeSpan.FromHours(2));
        var touched = As<Note>((await Storage.ReadAsync(["touched"], Token))["touched"]);
        await Storage.WriteAsync(new Dictionary<string, object> { ["touched"] = touched, ["fresh"] = new Note() }, Token);
        Time.Advance(TimeSpan.FromMinutes(30));

        var deleted = await ((IIdleConversationCleanup)Storage).DeleteIdleAsync(Time.GetUtcNow() - TimeSpan.FromHours(1), Token);

        Assert.Equal(1, deleted);
        Assert.Equal(["fresh", "touched"], (await Storage.ReadAsync(["old", "touched", "fresh"], Token)).Keys.Order(StringComparer.Ordinal));
    }

    protected static CancellationToken Token => TestContext.Current.CancellationToken;

    protected abstract Task<IStorage> CreateStorageAsync();

    /// <summary>Removes what the provider left behind (files, containers).</summary>
    protected virtual void Cleanup()
    {
    }

    private static T As<T>(object stored) => ((JObject)stored).ToObject<T>()!;
}
