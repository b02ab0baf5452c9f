using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ArticleGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace ArticleGen.Generator
{
    /// <summary>
    /// The parser stage for an abstract record with [ArticleVariant]s: checks the record and each listed variant,
    /// and gives the equatable <see cref="VariantBaseModel"/> the variant dispatch is emitted from.
    /// </summary>
    internal sealed partial class Parser
    {
        public const string VariantAttributeName = "ArticleGen.ArticleVariantAttribute";

        public static VariantResult ParseVariants(GeneratorAttributeSyntaxContext context, CancellationToken cancellation)
        {
            if (context.TargetSymbol is not INamedTypeSymbol type || context.TargetNode is not TypeDeclarationSyntax declaration
                || declaration.Identifier.IsMissing || type.Name.Length == 0 || !IsFirstVariantDeclaration(type, declaration, cancellation))
            {
                return new VariantResult(null, EquatableArray<DiagnosticInfo>.Empty);
            }

            var parser = new Parser(type, context.SemanticModel.Compilation, cancellation);
            VariantBaseModel? model = parser.ParseVariantBase(declaration);
            parser._facts.Generates.TryAdd(type, model is not null);
            return new VariantResult(model, parser._diagnostics.ToEquatableArray());
        }

        /// <summary>Only the part of a partial record holding its first [ArticleVariant] is read (it reads them all).</summary>
        private static bool IsFirstVariantDeclaration(INamedTypeSymbol type, TypeDeclarationSyntax declaration, CancellationToken cancellation)
        {
            AttributeData? first = type.GetAttributes().FirstOrDefault(IsVariantAttribute);
            SyntaxNode? syntax = first?.ApplicationSyntaxReference?.GetSyntax(cancellation);
            return syntax is null || syntax.Ancestors().OfType<TypeDeclarationSyntax>().FirstOrDefault() == declaration;
        }

        private static bool IsVariantAttribute(AttributeData attribute)
            => attribute.AttributeClass is { Name: "ArticleVariantAttribute", ContainingNamespace: { Name: "ArticleGen", ContainingNamespace.IsGlobalNamespace: true } };

        internal static bool HasVariants(INamedTypeSymbol type) => type.GetAttributes().Any(IsVariantAttribute);

        /// <summary>The types listed with [ArticleVariant] on <paramref name="type"/>, in declaration order.</summary>
        internal static IEnumerable<INamedTypeSymbol> VariantTypes(INamedTypeSymbol type)
            => type.GetAttributes().Where(IsVariantAttribute)
                .Select(a => a.ConstructorArguments.Length == 1 ? a.ConstructorArguments[0].Value as INamedTypeSymbol : null)
                .Where(t => t is not null)!;

        /// <summary>Whether <paramref name="baseType"/> lists <paramref name="type"/> as one of its variants.</summary>
        private static bool IsVariantOf(INamedTypeSymbol type, INamedTypeSymbol baseType)
            => VariantTypes(baseType).Any(v => SymbolEqualityComparer.Default.Equals(v, type));

        /// <summary>Whether a variant base gets its generated code (a record that holds it calls that code).</summary>
        private bool VariantBaseGenerates(INamedTypeSymbol nested)
        {
            if (nested.DeclaringSyntaxReferences.Length == 0)
            {
                return true; // generated in its own assembly
            }

            if (_facts.Generates.TryGetValue(nested, out bool generates))
            {
                return generates;
            }

            AttributeData? first = nested.GetAttributes().FirstOrDefault(IsVariantAttribute);
            if (_depth >= MaxNestingChecked || first?.ApplicationSyntaxReference?.GetSyntax(_cancellation).FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration)
            {
                return _depth >= MaxNestingChecked;
            }

            generates = new Parser(nested, _compilation, _cancellation, _depth + 1).ParseVariantBase(declaration) is not null;
            _facts.Generates.TryAdd(nested, generates);
            return generates;
        }

        private VariantBaseModel? ParseVariantBase(TypeDeclarationSyntax declaration)
        {
            Location nameLocation = declaration.Identifier.GetLocation();
            bool ok = true;
            if (!(_type.IsRecord && _type.TypeKind == TypeKind.Class))
            {
                Report(DiagnosticDescriptors.UnsupportedFeature, nameLocation, _type.Name, "has [ArticleVariant], which goes on an 'abstract partial record'");
                return null;
            }

            if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                Report(DiagnosticDescriptors.UnsupportedFeature, nameLocation, _type.Name, "has [ArticleVariant] but is not partial; add the 'partial' modifier so ArticleGen can add Parse and Format to it");
                ok = false;
            }

            ok &= CheckPlacement(declaration, nameLocation, out List<ContainingTypeModel> containing);

            if (!_type.IsAbstract)
            {
                Report(DiagnosticDescriptors.VariantBaseNotAbstract, nameLocation, _type.Name);
                ok = false;
            }

            if (_type.GetAttributes().FirstOrDefault(IsLayoutAttribute) is { } layout)
            {
                Report(DiagnosticDescriptors.VariantBaseWithLayout, layout.ApplicationSyntaxReference?.GetSyntax(_cancellation).GetLocation() ?? nameLocation, _type.Name);
                ok = false;
            }

            ok &= CheckGeneratedNames(nameLocation);

            var variants = new List<VariantModel>();
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            bool needsBacking = false;
            foreach (AttributeData attribute in _type.GetAttributes().Where(IsVariantAttribute))
            {
                _cancellation.ThrowIfCancellationRequested();
                Location where = (attribute.ApplicationSyntaxReference?.GetSyntax(_cancellation) as AttributeSyntax)?.ArgumentList?.Arguments.FirstOrDefault()?.Expression.GetLocation() ?? nameLocation;
                if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not INamedTypeSymbol variant)
                {
                    if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is null && attribute.ConstructorArguments[0].Kind != TypedConstantKind.Error)
                    {
                        Report(DiagnosticDescriptors.InvalidVariant, where, "null", _type.Name, "pass typeof(V) of a record deriving from it");
                    }

                    ok = false; // otherwise the compiler reports the argument
                    continue;
                }

                if (variant.TypeKind == TypeKind.Error)
                {
                    ok = false;
                    continue;
                }

                string? problem = null;
                if (SymbolEqualityComparer.Default.Equals(variant, _type))
                {
                    problem = "a record cannot be a variant of itself; list the records deriving from it";
                }
                else if (!SymbolEqualityComparer.Default.Equals(variant.BaseType, _type))
                {
                    problem = "it does not derive from '" + _type.Name + "'; declare it 'partial record " + variant.Name + "(...) : " + _type.Name + "'";
                }
                else if (!MemberTypeReader.HasLayout(variant))
                {
                    problem = "it has no [ArticleLayout]; give it the layout of its text";
                }
                else if (!_compilation.IsSymbolAccessibleWithin(variant, _type) || variant.IsFileLocal)
                {
                    problem = "the generated code in '" + _type.Name + "' cannot access it; make it accessible to '" + _type.Name + "'";
                }

                if (problem is not null)
                {
                    Report(DiagnosticDescriptors.InvalidVariant, where, variant.ToDisplayString(), _type.Name, problem);
                    ok = false;
                    continue;
                }

                if (!seen.Add(variant))
                {
                    Report(DiagnosticDescriptors.DuplicateVariant, where, variant.Name, _type.Name);
                    ok = false;
                    continue;
                }

                // Its own errors are reported on it; the dispatch cannot call code that is not generated.
                ok &= NestedGenerates(variant);
                needsBacking |= TypeHasMemory(variant, MemberTypeReader.IsReadOnlyMemoryOfChar, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));
                string text = variant.GetAttributes().First(IsLayoutAttribute).ConstructorArguments.FirstOrDefault().Value as string ?? string.Empty;
                variants.Add(new VariantModel(variant.Name, variant.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), text.IndexOf('\n') >= 0 || text.IndexOf('\r') >= 0));
            }

            if (!ok || variants.Count == 0)
            {
                return null;
            }

            string? ns = Namespace();
            return new VariantBaseModel(
                ns,
                _type.Name,
                _type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
                HintName(ns, containing),
                containing.ToEquatableArray(),
                variants.ToEquatableArray(),
                _features,
                needsBacking,
                !_type.GetMembers("ToString").OfType<IMethodSymbol>().Any(m => !m.IsImplicitlyDeclared && m.Parameters.Length == 0));
        }
    }
}
