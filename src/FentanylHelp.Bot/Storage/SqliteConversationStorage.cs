using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;

namespace FentanylHelp.Bot.Storage;

/// <summary>
/// Conversation state in one SQLite file: a row per key with its JSON, ETag and last write time. The file and
/// table are created on first use (retried on the next call if that fails, e.g. while the disk is full).
/// WAL mode lets turns read while another writes; each write is one IMMEDIATE transaction, so two turns of
/// one conversation cannot both win: the second sees the changed ETag and gets a conflict.
/// </summary>
public sealed class SqliteConversationStorage : IStorage, IIdleConversationCleanup, IDisposable
{
    /// <summary>Bumped when the table changes shape; read from <c>PRAGMA user_version</c>.</summary>
    private const int SchemaVersion = 1;

    private const string CreateSchema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS conversation_state (
            key TEXT NOT NULL PRIMARY KEY,
            etag TEXT NOT NULL,
            data TEXT NOT NULL,
            last_write INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS conversation_state_last_write ON conversation_state (last_write);
        """;

    private const string Upsert = """
        INSERT INTO conversation_state (key, etag, data, last_write) VALUES ($key, $etag, $data, $now)
        ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, data = excluded.data, last_write = excluded.last_write
        """;

    private const string InsertNew = """
        INSERT INTO conversation_state (key, etag, data, last_write) VALUES ($key, $etag, $data, $now)
        ON CONFLICT (key) DO NOTHING
        """;

    private const string UpdateMatching = """
        UPDATE conversation_state SET etag = $etag, data = $data, last_write = $now WHERE key = $key AND etag = $expected
        """;

    private readonly string connectionString;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim initialization = new(1, 1);
    private volatile bool initialized;

    public SqliteConversationStorage(string path, TimeProvider time)
    {
        FilePath = System.IO.Path.GetFullPath(path);
        this.time = time;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
    }

    public string FilePath { get; }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, object>(StringComparer.Ordinal);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT data, etag FROM conversation_state WHERE key = $key";
        var key = command.Parameters.Add("$key", SqliteType.Text);
        foreach (var wanted in keys.Distinct(StringComparer.Ordinal))
        {
            key.Value = wanted;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                found[wanted] = StoredItem.Read(reader.GetString(0), reader.GetString(1));
            }
        }

        return found;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var encoded = changes.Select(change => (change.Key, Item: StoredItem.From(change.Value))).ToList();
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (key, item) in encoded)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = item.Unconditional ? Upsert : item.NewOnly ? InsertNew : UpdateMatching;
            command.Parameters.AddWithValue("$key", key);
            command.Parameters.AddWithValue("$etag", StoredItem.NewETag());
            command.Parameters.AddWithValue("$data", item.Json);
            command.Parameters.AddWithValue("$now", now);
            if (!item.Unconditional && !item.NewOnly)
            {
                command.Parameters.AddWithValue("$expected", item.ExpectedETag);
            }

            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new StorageConflictException(key);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM conversation_state WHERE key = $key";
        var key = command.Parameters.Add("$key", SqliteType.Text);
        foreach (var unwanted in keys)
        {
            key.Value = unwanted;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<int> DeleteIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM conversation_state WHERE last_write < $cutoff";
        command.Parameters.AddWithValue("$cutoff", idleSince.ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Closes pooled connections, so the file can be moved or deleted once the app stops.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        initialization.Dispose();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();

            // Wait for another turn's write instead of failing at once; NORMAL is safe with WAL (a power cut
            // can lose the last turns' saves, never corrupt the file).
            pragmas.CommandText = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await initialization.WaitAsync(cancellationToken);
        try
        {
            if (initialized)
            {
                return;
            }

            if (System.IO.Path.GetDirectoryName(FilePath) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = CreateSchema + $"PRAGMA user_version = {SchemaVersion};";
            await command.ExecuteNonQueryAsync(cancellationToken);
            initialized = true;
        }
        finally
        {
            initialization.Release();
        }
    }
}
