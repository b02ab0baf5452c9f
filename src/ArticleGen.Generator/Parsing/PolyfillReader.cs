using System.Linq;
using ArticleGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ArticleGen.Generator.Parsing
{
    /// <summary>
    /// Decides which <see cref="Polyfills"/> a project needs: those its compilation cannot see (neither in its
    /// references, nor in its own source, nor internal to an assembly that lets it see its internals).
    /// </summary>
    internal static class PolyfillReader
    {
        /// <summary><c>&lt;ArticleGenPolyfills&gt;false&lt;/ArticleGenPolyfills&gt;</c> turns them off (made visible by the package's build props).</summary>
        public const string OptOutProperty = "build_property.ArticleGenPolyfills";

        /// <summary>Present whenever PolySharp is referenced: it supplies the same types, and two definitions would clash.</summary>
        private const string PolySharpProperty = "build_property.PolySharpIncludeGeneratedTypes";

        public static Polyfills Missing(Compilation compilation)
        {
            var missing = Polyfills.None;
            if (!Visible(compilation, "System.Runtime.CompilerServices.IsExternalInit"))
            {
                missing |= Polyfills.IsExternalInit;
            }

            if (!Visible(compilation, "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute"))
            {
                missing |= Polyfills.NotNullWhen;
            }

            return missing;
        }

        public static bool Allowed(AnalyzerConfigOptions globalOptions)
            => !(globalOptions.TryGetValue(OptOutProperty, out string? value) && value.Trim().Equals("false", System.StringComparison.OrdinalIgnoreCase))
            && !globalOptions.TryGetValue(PolySharpProperty, out _);

        private static bool Visible(Compilation compilation, string metadataName)
            => compilation.GetTypesByMetadataName(metadataName).Any(t => compilation.IsSymbolAccessibleWithin(t, compilation.Assembly));
    }
}
