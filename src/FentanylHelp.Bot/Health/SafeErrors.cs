namespace FentanylHelp.Bot.Health;

public static class SafeErrors
{
    /// <summary>Unexpected failures answer with a short problem document, never a stack trace.</summary>
    public static WebApplication UseSafeErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = _ => StatusCodes.Status500InternalServerError,
            ExceptionHandler = context => TypedResults.Problem("Something went wrong on our side. Please try again.", statusCode: StatusCodes.Status500InternalServerError).ExecuteAsync(context),
        });
        app.UseStatusCodePages();
        return app;
    }
}
