using FentanylHelp.Bot.Tests.Http;
using FentanylHelp.Bot.WebPages;
using FentanylHelp.Bot.WebChannel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FentanylHelp.Bot.Tests.WebChannel;

/// <summary>Bad channel settings or page texts stop the app at start, saying what is wrong.</summary>
public sealed class WebChannelStartupTests
{
    [Theory]
    [InlineData("WebChannel:TokenLifetime", "00:10:00", "TokenLifetime")]
    [InlineData("WebChannel:TokenLifetime", "02:00:00", "TokenLifetime")]
    [InlineData("WebChannel:TokenSigningKey", "c2hvcnQ=", "at least 32 bytes")]
    [InlineData("WebChannel:TokenSigningKey", "not base64!", "at least 32 bytes")]
    [InlineData("WebChannel:PartnerOrigins:0", "https://health.example.org/chat", "must be an origin")]
    [InlineData("WebChannel:PartnerOrigins:0", "*", "must be an origin")]
    [InlineData("WebChannel:BotId", "bot with spaces", "BotId")]
    public void Invalid_web_channel_settings_are_refused_with_a_message_naming_the_setting(string key, string value, string message)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddWebChannel(configuration);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<WebChannelOptions>>().Value);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_web_channel_setting_stops_the_app_at_start()
    {
        await using var factory = new BotApplicationFactory(new Dictionary<string, string?> { ["WebChannel:TokenLifetime"] = "00:05:00" });

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }

    [Fact]
    public void The_page_texts_file_has_every_text_in_english_and_spanish()
    {
        var text = new WebText(Path.Combine(AppContext.BaseDirectory, "dialogs", WebTextKeys.FileName));

        Assert.All(WebTextKeys.Texts, key => Assert.False(string.IsNullOrWhiteSpace(text.Text(key, "es"))));
        Assert.Equal("Este chat ha terminado.", text.Text(WebTextKeys.ChatEnded, "es"));
        Assert.Contains(text.EmergencyLinks, link => link.Href == "tel:911");
        Assert.Contains(text.EmergencyLinks, link => link.Href == "tel:988");
        Assert.Contains(text.EmergencyLinks, link => link.Href == "sms:988");
    }

    [Fact]
    public void A_missing_spanish_text_names_the_file_and_the_key()
    {
        var file = Path.GetTempFileName();
        try
        {
            var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "dialogs", WebTextKeys.FileName))
                .Replace("  es: Este chat ha terminado.\n", string.Empty, StringComparison.Ordinal);
            File.WriteAllText(file, yaml);

            var error = Assert.Throws<InvalidOperationException>(() => new WebText(file));

            Assert.Contains("dialogs/web.yaml", error.Message, StringComparison.Ordinal);
            Assert.Contains("'chat-ended' has no 'es' text", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void An_emergency_link_that_is_not_tel_sms_or_https_is_refused()
    {
        var file = Path.GetTempFileName();
        try
        {
            var yaml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "dialogs", WebTextKeys.FileName))
                .Replace("\"tel:911\"", "\"javascript:alert(1)\"", StringComparison.Ordinal);
            File.WriteAllText(file, yaml);

            var error = Assert.Throws<InvalidOperationException>(() => new WebText(file));

            Assert.Contains("must start with tel:, sms: or https://", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
