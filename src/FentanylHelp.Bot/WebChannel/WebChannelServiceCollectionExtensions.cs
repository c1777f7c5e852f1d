using System.Threading.RateLimiting;
using FentanylHelp.Bot.WebPages;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FentanylHelp.Bot.WebChannel;

public static class WebChannelServiceCollectionExtensions
{
    /// <summary>
    /// The self-hosted Direct Line channel: options (checked at start), tokens, the in-memory conversations,
    /// the in-process adapter, CORS for partner sites and a per-address limit on new conversations.
    /// </summary>
    public static IServiceCollection AddWebChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebChannelOptions>().Bind(configuration.GetSection(WebChannelOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WebText>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<WebConversations>();
        services.AddSingleton<WebChannelAdapter>();
        services.AddHostedService<WebConversationSweeper>();

        // Partner sites that run Web Chat on their own pages call the channel cross-origin; the bot's own pages need no CORS.
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<WebChannelOptions>>((cors, channel) =>
            cors.AddPolicy(WebChannelEndpoints.CorsPolicy, policy => policy
                .WithOrigins([.. channel.Value.PartnerOrigins])
                .WithMethods("GET", "POST", "OPTIONS")
                .WithHeaders("Authorization", "Content-Type", "Accept", "x-ms-bot-agent")
                .SetPreflightMaxAge(TimeSpan.FromHours(1))));

        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(WebChannelEndpoints.TokenRateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<WebChannelOptions>>().Value.TokenRequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "60";
                await DirectLineError.Result(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Too many new chats from this address. Please try again in a minute.")
                    .ExecuteAsync(rejected.HttpContext);
            };
        });
        return services;
    }

    /// <summary>WebSockets (with keep-alive pings), CORS and the rate limiter, before the endpoints.</summary>
    public static WebApplication UseWebChannel(this WebApplication app)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseCors();
        app.UseRateLimiter();
        return app;
    }
}
