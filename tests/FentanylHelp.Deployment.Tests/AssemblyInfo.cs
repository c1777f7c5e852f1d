[assembly: AssemblyFixture(typeof(FentanylHelp.Deployment.Tests.BicepFixture))]
