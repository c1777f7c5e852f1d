using FentanylHelp.Dialogs.Content;
using FentanylHelp.Dialogs.Engine;
using FentanylHelp.Dialogs.Understanding;

namespace FentanylHelp.Dialogs.Hosting;

/// <summary>Builds an engine from a content folder: the one way hosts and tests assemble the pieces.</summary>
public static class DialogEngineFactory
{
    public static DialogEngine Create(ContentCatalog catalog, TimeProvider time, DialogEngineOptions? options = null) =>
        new(catalog, catalog.CrisisTriage, new LuceneIntentRecognizer(catalog.NodeList, catalog.OffTopic), time, options ?? new DialogEngineOptions());
}
