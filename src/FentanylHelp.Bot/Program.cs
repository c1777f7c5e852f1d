using FentanylHelp.Bot.BotFramework;
using FentanylHelp.Bot.Content;
using FentanylHelp.Bot.Health;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDialogContent(builder.Configuration);
builder.Services.AddBotFrameworkEdge();
builder.Services.AddBotHealthChecks();

var app = builder.Build();

app.UseSafeErrors();
app.MapBotEndpoints();
app.MapBotHealthChecks();

app.Run();

/// <summary>Entry point; public so functional tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
