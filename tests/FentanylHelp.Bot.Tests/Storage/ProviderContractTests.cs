using FentanylHelp.Bot.Storage;
using Microsoft.Bot.Builder;

namespace FentanylHelp.Bot.Tests.Storage;

public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override Task<IStorage> CreateStorageAsync() => Task.FromResult<IStorage>(new MemoryConversationStorage(Time));
}

public sealed class SqliteStorageContractTests : StorageContractTests
{
    private readonly TempFolder folder = new();
    private SqliteConversationStorage? sqlite;

    [Fact]
    public async Task The_file_is_created_on_first_use_in_wal_mode()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note() }, Token);

        Assert.True(File.Exists(folder.File("nested/conversations.db")));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={folder.File("nested/conversations.db")}");
        await connection.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Token));
    }

    protected override void Cleanup()
    {
        sqlite?.Dispose();
        folder.Dispose();
    }

    protected override Task<IStorage> CreateStorageAsync()
    {
        sqlite = new SqliteConversationStorage(folder.File("nested/conversations.db"), Time);
        return Task.FromResult<IStorage>(sqlite);
    }
}

public sealed class BlobStorageContractTests(Azurite azurite) : StorageContractTests
{
    [Fact]
    public async Task One_blob_per_key_under_an_escaped_name_and_the_container_is_created()
    {
        var container = ((BlobConversationStorage)Storage).Container;
        Assert.False(await container.ExistsAsync(Token));

        await Storage.WriteAsync(new Dictionary<string, object> { ["webchat/conversations/a?b#c"] = new Note(), [new string('k', 1000)] = new Note() }, Token);

        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(cancellationToken: Token))
        {
            names.Add(blob.Name);
        }

        var hashed = "~~" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(new string('k', 1000))));
        Assert.Equal(["webchat~2Fconversations~2Fa~3Fb~23c", hashed], names.Order(StringComparer.Ordinal));
    }

    protected override async Task<IStorage> CreateStorageAsync() => new BlobConversationStorage(await azurite.NewContainerAsync(), Time);
}
