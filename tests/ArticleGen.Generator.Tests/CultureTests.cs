using System.Globalization;

namespace ArticleGen.Generator.Tests;

/// <summary>
/// The generated code must not depend on the culture of the machine that builds it: numbers, casing and
/// formats in the emitted text are the same under Finnish (U+2212 minus sign, comma decimals), Turkish
/// (dotted and dotless i) and Arabic (Saudi) cultures as under the invariant culture.
/// </summary>
public class CultureTests
{
    public static TheoryData<string> Cultures => new() { "fi-FI", "tr-TR", "ar-SA", "weird" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void GeneratedTextDoesNotDependOnTheCulture(string name)
    {
        string expected = RunUnder(CultureInfo.InvariantCulture, out _);
        CultureInfo culture = name == "weird" ? Weird() : CultureInfo.GetCultureInfo(name);

        string actual = RunUnder(culture, out GeneratorRun run);

        Assert.True(run.OutputProblems.Count == 0, GeneratorHarness.Describe(run.OutputProblems.Take(10)));
        if (expected != actual)
        {
            Assert.Fail($"Generated text differs under {name}:{Environment.NewLine}{Snapshot.FirstDifference(expected, actual)}");
        }
    }

    [Fact]
    public void TheCulturesReallyDiffer()
    {
        // Guards the test above against a runtime in globalization-invariant mode, where every culture
        // behaves like the invariant one and the comparison would prove nothing.
        Assert.Equal(",", CultureInfo.GetCultureInfo("fi-FI").NumberFormat.NumberDecimalSeparator);
        Assert.Equal("İ", CultureInfo.GetCultureInfo("tr-TR").TextInfo.ToUpper("i"));
        Assert.NotEqual(CultureInfo.InvariantCulture.DateTimeFormat.Calendar.GetType(), CultureInfo.GetCultureInfo("ar-SA").DateTimeFormat.Calendar.GetType());
    }

    [Fact]
    public void CultureIsRestoredAfterARun()
    {
        CultureInfo before = CultureInfo.CurrentCulture;
        RunUnder(CultureInfo.GetCultureInfo("tr-TR"), out _);
        Assert.Same(before, CultureInfo.CurrentCulture);
    }

    /// <summary>The all-member-types layout and the Yonhap pair (date formats, nested layouts, lists).</summary>
    private static string RunUnder(CultureInfo culture, out GeneratorRun run)
    {
        CultureInfo culture0 = CultureInfo.CurrentCulture;
        CultureInfo uiCulture0 = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            run = GeneratorHarness.Run(TestSources.EveryType, TestSources.Yonhap, NumericFormats);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture0;
            CultureInfo.CurrentUICulture = uiCulture0;
        }

        Assert.Null(run.Single.Exception);
        Assert.True(run.GeneratorDiagnostics.IsEmpty, GeneratorHarness.Describe(run.GeneratorDiagnostics));
        Assert.Equal(4, run.Sources.Count);
        return run.AllSources;
    }

    /// <summary>Formats whose meaning depends on culture data: the generated code must pin them to invariant.</summary>
    private const string NumericFormats = """"
        using System;
        using ArticleGen;

        namespace Samples.Numbers;

        [ArticleLayout("""
            Items: {Items:N0}
            Ratio: {Ratio:F2}
            Share: {Share:P1}
            Index: {Index:X4}
            Issued: {Issued:dddd, d MMMM yyyy}
            """)]
        public partial record Figures(int Items, double Ratio, decimal Share, int Index, DateOnly Issued);
        """";

    /// <summary>A culture with a number format nothing would expect.</summary>
    private static CultureInfo Weird()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("tr-TR").Clone();
        culture.NumberFormat.NegativeSign = "~";
        culture.NumberFormat.PositiveSign = "^";
        culture.NumberFormat.NumberDecimalSeparator = "#";
        culture.NumberFormat.NumberGroupSeparator = "_";
        culture.NumberFormat.PercentSymbol = "pc";
        return culture;
    }
}
