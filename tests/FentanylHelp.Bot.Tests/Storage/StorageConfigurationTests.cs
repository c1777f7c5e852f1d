using FentanylHelp.Bot.Storage;
using FentanylHelp.Bot.Tests.Http;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FentanylHelp.Bot.Tests.Storage;

public sealed class StorageConfigurationTests
{
    [Fact]
    public async Task With_no_provider_configured_state_goes_to_a_sqlite_file_created_on_first_use()
    {
        using var folder = new TempFolder();
        await using var services = Services(new() { ["Storage:Sqlite:Path"] = folder.File("App_Data/conversations.db") });

        var storage = services.GetRequiredService<IStorage>();
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new Note() }, TestContext.Current.CancellationToken);

        Assert.IsType<SqliteConversationStorage>(storage);
        Assert.True(File.Exists(folder.File("App_Data/conversations.db")));
    }

    [Theory]
    [InlineData("Memory", typeof(MemoryConversationStorage))]
    [InlineData("memory", typeof(MemoryConversationStorage))]
    [InlineData("Blob", typeof(BlobConversationStorage))]
    public async Task The_provider_is_chosen_by_configuration(string provider, Type expected)
    {
        await using var services = Services(new()
        {
            ["Storage:Provider"] = provider,
            ["Storage:Blob:ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;",
        });

        Assert.IsType(expected, services.GetRequiredService<IStorage>());
    }

    [Fact]
    public void An_account_url_uses_the_managed_identity_and_the_configured_container()
    {
        using var services = Services(new()
        {
            ["Storage:Provider"] = "Blob",
            ["Storage:Blob:AccountUrl"] = "https://account.blob.core.windows.net",
            ["Storage:Blob:ManagedIdentityClientId"] = "00000000-0000-0000-0000-000000000001",
            ["Storage:Blob:Container"] = "bot-state",
        });

        var container = Assert.IsType<BlobConversationStorage>(services.GetRequiredService<IStorage>()).Container;

        Assert.Equal("https://account.blob.core.windows.net/bot-state", container.Uri.ToString());
    }

    [Theory]
    [InlineData("Blob", null, null, "Storage:Blob:ConnectionString")]
    [InlineData("Blob", "https://account.blob.core.windows.net", "Bad_Name", "Storage:Blob:Container")]
    [InlineData("Blob", "ftp://account", null, "Storage:Blob:AccountUrl")]
    public async Task A_blob_setup_that_cannot_work_stops_the_app_at_start_with_a_clear_message(string provider, string? accountUrl, string? container, string named)
    {
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = provider, ["Storage:Blob:AccountUrl"] = accountUrl };
        if (container is not null)
        {
            settings["Storage:Blob:Container"] = container;
        }

        await using var factory = new BotApplicationFactory(settings);

        var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddConversationStorage(configuration).BuildServiceProvider();
    }
}
