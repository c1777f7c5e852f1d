[assembly: AssemblyFixture(typeof(FentanylHelp.Bot.BrowserTests.Chromium))]

// One browser and one app at a time on a 2-core machine, so timings mean something.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]
