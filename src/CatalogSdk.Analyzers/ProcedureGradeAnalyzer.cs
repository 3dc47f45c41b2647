using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CatalogSdk.Analyzers.Model;
using CatalogSdk.Analyzers.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CatalogSdk.Analyzers;

/// <summary>
/// CSDK3003: code pairs a constant procedure with a constant grade that is not the grade the catalogue gives it.
/// Only constants count, so the analyzer never guesses: a comparison or pattern against the catalogue's grade of a
/// constant procedure, a switch over a procedure whose case returns a constant grade, a collection or dictionary
/// initialiser entry, a tuple of the two, and <c>[ExpectedGrade(procedure, grade)]</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProcedureGradeAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(AnalyzerDescriptors.GradeMismatch);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var index = CatalogueIndex.Create(context.Compilation, context.CancellationToken);
        if (index is null)
        {
            return;
        }

        context.RegisterOperationAction(c => AnalyzeBinary(c, index), OperationKind.Binary);
        context.RegisterOperationAction(c => AnalyzeIsPattern(c, index), OperationKind.IsPattern);
        context.RegisterOperationAction(c => AnalyzeSwitch(c, index), OperationKind.Switch);
        context.RegisterOperationAction(c => AnalyzeSwitchExpression(c, index), OperationKind.SwitchExpression);
        context.RegisterOperationAction(c => AnalyzeCollectionAdd(c, index), OperationKind.Invocation);
        context.RegisterOperationAction(c => AnalyzeIndexerInitializer(c, index), OperationKind.SimpleAssignment);
        context.RegisterOperationAction(c => AnalyzeTuple(c, index), OperationKind.Tuple);
        if (index.Symbols.ExpectedGradeAttribute is not null)
        {
            context.RegisterSyntaxNodeAction(c => AnalyzeExpectedGrade(c, index), SyntaxKind.Attribute);
        }
    }

    /// <summary><c>Procedure.X.GetGrade() == SurgicalGrade.Grade2</c> (or <c>!=</c>, either side).</summary>
    private static void AnalyzeBinary(OperationAnalysisContext context, CatalogueIndex index)
    {
        var binary = (IBinaryOperation)context.Operation;
        if (binary.OperatorKind is not (BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals))
        {
            return;
        }

        if (binary.LeftOperand.TryGetGradeOfConstantProcedure(index, out _, out var member))
        {
            ReportAlternatives(context.ReportDiagnostic, index, member, new[] { binary.RightOperand });
        }
        else if (binary.RightOperand.TryGetGradeOfConstantProcedure(index, out _, out member))
        {
            ReportAlternatives(context.ReportDiagnostic, index, member, new[] { binary.LeftOperand });
        }
    }

    /// <summary><c>Procedure.X.GetGrade() is SurgicalGrade.Grade2</c>, <c>is not …</c>, <c>is … or …</c>.</summary>
    private static void AnalyzeIsPattern(OperationAnalysisContext context, CatalogueIndex index)
    {
        var isPattern = (IIsPatternOperation)context.Operation;
        var constants = new List<IOperation>();
        var pattern = isPattern.Pattern is INegatedPatternOperation negated ? negated.Pattern : isPattern.Pattern;
        if (isPattern.Value.TryGetGradeOfConstantProcedure(index, out _, out var member) && TryCollectConstants(pattern, constants))
        {
            ReportAlternatives(context.ReportDiagnostic, index, member, constants);
        }
    }

    /// <summary>
    /// A switch statement over the grade of a constant procedure (its case labels are the alternatives), or over a
    /// procedure (each <c>case Procedure.X:</c> section that returns or yields a constant grade).
    /// </summary>
    private static void AnalyzeSwitch(OperationAnalysisContext context, CatalogueIndex index)
    {
        var switchOperation = (ISwitchOperation)context.Operation;
        if (switchOperation.Value.TryGetGradeOfConstantProcedure(index, out _, out var member))
        {
            var constants = new List<IOperation>();
            foreach (var section in switchOperation.Cases)
            {
                foreach (var clause in section.Clauses)
                {
                    switch (clause)
                    {
                        case IDefaultCaseClauseOperation:
                            break;
                        case ISingleValueCaseClauseOperation single:
                            constants.Add(single.Value);
                            break;
                        case IPatternCaseClauseOperation patternClause when IsCatchAll(patternClause.Pattern):
                            break;
                        case IPatternCaseClauseOperation patternClause when TryCollectConstants(patternClause.Pattern, constants):
                            break;
                        default:
                            return; // A relational or other pattern: no constant pairing to judge.
                    }
                }
            }

            ReportAlternatives(context.ReportDiagnostic, index, member, constants);
            return;
        }

        if (index.Find(switchOperation.Value.WithoutConversions().Type) is null)
        {
            return;
        }

        foreach (var section in switchOperation.Cases)
        {
            var procedures = new List<ProcedureMember>();
            if (!TryCollectProcedures(section, index, procedures))
            {
                continue;
            }

            foreach (var returned in ReturnedValues(section.Body))
            {
                ReportPairing(context.ReportDiagnostic, index, procedures, returned);
            }
        }
    }

    /// <summary>
    /// A switch expression over the grade of a constant procedure (its arms are the alternatives), or over a procedure
    /// (each <c>Procedure.X =&gt; SurgicalGrade.GradeN</c> arm).
    /// </summary>
    private static void AnalyzeSwitchExpression(OperationAnalysisContext context, CatalogueIndex index)
    {
        var switchExpression = (ISwitchExpressionOperation)context.Operation;
        if (switchExpression.Value.TryGetGradeOfConstantProcedure(index, out _, out var member))
        {
            var constants = new List<IOperation>();
            foreach (var arm in switchExpression.Arms)
            {
                if (!IsCatchAll(arm.Pattern) && !TryCollectConstants(arm.Pattern, constants))
                {
                    return;
                }
            }

            ReportAlternatives(context.ReportDiagnostic, index, member, constants);
            return;
        }

        if (index.Find(switchExpression.Value.WithoutConversions().Type) is null)
        {
            return;
        }

        foreach (var arm in switchExpression.Arms)
        {
            var constants = new List<IOperation>();
            var procedures = new List<ProcedureMember>();
            if (TryCollectConstants(arm.Pattern, constants) && TryGetProcedures(constants, index, procedures))
            {
                ReportPairing(context.ReportDiagnostic, index, procedures, arm.Value);
            }
        }
    }

    /// <summary>A collection initialiser entry: <c>{ Procedure.X, SurgicalGrade.Grade2 }</c>.</summary>
    private static void AnalyzeCollectionAdd(OperationAnalysisContext context, CatalogueIndex index)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.Parent is not IObjectOrCollectionInitializerOperation || invocation.TargetMethod.Name != "Add")
        {
            return;
        }

        var values = new List<IOperation>(2);
        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                values.Add(argument.Value);
            }
        }

        if (values.Count == 2)
        {
            ReportPair(context.ReportDiagnostic, index, values);
        }
    }

    /// <summary>A dictionary (index) initialiser entry: <c>[Procedure.X] = SurgicalGrade.Grade2</c>.</summary>
    private static void AnalyzeIndexerInitializer(OperationAnalysisContext context, CatalogueIndex index)
    {
        var assignment = (ISimpleAssignmentOperation)context.Operation;
        if (assignment.Target is IPropertyReferenceOperation
            {
                Property.IsIndexer: true,
                Arguments.Length: 1,
                Instance: IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver },
            } indexer &&
            indexer.Arguments[0].Value.TryGetConstantProcedure(index, out _, out var member))
        {
            ReportPairing(context.ReportDiagnostic, index, new[] { member }, assignment.Value);
        }
    }

    /// <summary>A tuple with one constant procedure and one constant grade: <c>(Procedure.X, SurgicalGrade.Grade2)</c>.</summary>
    private static void AnalyzeTuple(OperationAnalysisContext context, CatalogueIndex index)
    {
        var tuple = (ITupleOperation)context.Operation;
        ReportPair(context.ReportDiagnostic, index, tuple.Elements);
    }

    /// <summary><c>[ExpectedGrade(Procedure.X, SurgicalGrade.Grade2)]</c>, from syntax (see <see cref="RetiredProcedureAnalyzer"/>).</summary>
    private static void AnalyzeExpectedGrade(SyntaxNodeAnalysisContext context, CatalogueIndex index)
    {
        var attribute = (AttributeSyntax)context.Node;
        if (attribute.ArgumentList is not { Arguments.Count: 2 } arguments ||
            context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor ||
            !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, index.Symbols.ExpectedGradeAttribute) ||
            constructor.Parameters.Length != 2)
        {
            return;
        }

        ExpressionSyntax? procedure = null;
        ExpressionSyntax? grade = null;
        for (var i = 0; i < arguments.Arguments.Count; i++)
        {
            var argument = arguments.Arguments[i];
            var parameter = argument.NameColon?.Name.Identifier.ValueText ?? (argument.NameEquals is null ? constructor.Parameters[i].Name : null);
            if (parameter == constructor.Parameters[0].Name)
            {
                procedure = argument.Expression;
            }
            else if (parameter == constructor.Parameters[1].Name)
            {
                grade = argument.Expression;
            }
        }

        if (procedure is null || grade is null)
        {
            return;
        }

        var model = context.SemanticModel;
        var procedureValue = model.GetConstantValue(procedure, context.CancellationToken);
        var gradeValue = model.GetConstantValue(grade, context.CancellationToken);
        if (index.Find(model.GetTypeInfo(procedure, context.CancellationToken).Type) is { } catalogue &&
            procedureValue.HasValue && ProcedureCatalogue.TryGetInt64(procedureValue.Value, out var value) &&
            catalogue.Find(value) is { } member &&
            index.Symbols.IsSurgicalGrade(model.GetTypeInfo(grade, context.CancellationToken).Type) &&
            gradeValue.Value is int code)
        {
            Report(context.ReportDiagnostic, grade.GetLocation(), member, code, fixable: true);
        }
    }

    /// <summary>
    /// The code compares the catalogue's grade of <paramref name="member"/> with constant alternatives. Silent when one
    /// of them is the catalogue's grade (a switch over every grade, or a correct check); otherwise each is reported,
    /// with a fix only when there is one alternative to replace.
    /// </summary>
    private static void ReportAlternatives(Action<Diagnostic> report, CatalogueIndex index, ProcedureMember member, IReadOnlyList<IOperation> alternatives)
    {
        if (member.Grade is not { } catalogueGrade || alternatives.Count == 0)
        {
            return;
        }

        var grades = new int[alternatives.Count];
        for (var i = 0; i < alternatives.Count; i++)
        {
            if (!alternatives[i].TryGetConstantGrade(index.Symbols, out grades[i]))
            {
                return; // Not every alternative is a constant grade: nothing certain to say.
            }

            if (grades[i] == catalogueGrade)
            {
                return;
            }
        }

        for (var i = 0; i < alternatives.Count; i++)
        {
            Report(report, alternatives[i].Syntax.GetLocation(), member, grades[i], fixable: alternatives.Count == 1);
        }
    }

    /// <summary>
    /// Two values the code pairs (a tuple, a collection initialiser entry): reported when exactly one is a constant
    /// procedure and exactly one a constant grade that is not the procedure's.
    /// </summary>
    private static void ReportPair(Action<Diagnostic> report, CatalogueIndex index, IReadOnlyList<IOperation> values)
    {
        ProcedureMember? procedure = null;
        IOperation? grade = null;
        var procedures = 0;
        var grades = 0;
        foreach (var value in values)
        {
            if (value.TryGetConstantProcedure(index, out _, out var member))
            {
                procedure = member;
                procedures++;
            }
            else if (value.TryGetConstantGrade(index.Symbols, out _))
            {
                grade = value;
                grades++;
            }
        }

        if (procedures == 1 && grades == 1)
        {
            ReportPairing(report, index, new[] { procedure! }, grade!);
        }
    }

    /// <summary>
    /// The code pairs each of <paramref name="procedures"/> (the procedures of one case or arm) with the grade
    /// <paramref name="value"/>. A fix is offered only when the catalogue gives them all one grade.
    /// </summary>
    private static void ReportPairing(Action<Diagnostic> report, CatalogueIndex index, IReadOnlyList<ProcedureMember> procedures, IOperation value)
    {
        if (!value.TryGetConstantGrade(index.Symbols, out var code))
        {
            return;
        }

        var fixable = true;
        for (var i = 1; i < procedures.Count; i++)
        {
            fixable &= procedures[i].Grade == procedures[0].Grade;
        }

        foreach (var procedure in procedures)
        {
            Report(report, value.Syntax.GetLocation(), procedure, code, fixable);
        }
    }

    private static void Report(Action<Diagnostic> report, Location location, ProcedureMember member, int code, bool fixable)
    {
        if (member.Grade is not { } catalogueGrade || catalogueGrade == code)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.CatalogueGrade, MessageText.GradeMember(catalogueGrade));
        if (!fixable)
        {
            properties = properties.Add(DiagnosticProperties.Fixable, "false");
        }

        report(Diagnostic.Create(
            AnalyzerDescriptors.GradeMismatch,
            location,
            properties,
            member.Name,
            MessageText.GradeZh(code),
            MessageText.GradeZh(catalogueGrade),
            MessageText.RegradesZh(member),
            MessageText.GradeMember(catalogueGrade),
            MessageText.GradeEn(code),
            MessageText.GradeEn(catalogueGrade),
            MessageText.RegradesEn(member)));
    }

    /// <summary>The constants a pattern matches: a constant, or alternatives joined by <c>or</c>.</summary>
    private static bool TryCollectConstants(IPatternOperation pattern, List<IOperation> constants)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                constants.Add(constant.Value);
                return true;
            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or:
                return TryCollectConstants(or.LeftPattern, constants) && TryCollectConstants(or.RightPattern, constants);
            default:
                return false;
        }
    }

    /// <summary>A pattern that matches everything left: <c>_</c>, <c>var x</c>.</summary>
    private static bool IsCatchAll(IPatternOperation pattern) =>
        pattern is IDiscardPatternOperation || (pattern is IDeclarationPatternOperation { MatchesNull: true });

    private static bool TryGetProcedures(List<IOperation> constants, CatalogueIndex index, List<ProcedureMember> procedures)
    {
        foreach (var constant in constants)
        {
            if (!constant.TryGetConstantProcedure(index, out _, out var member))
            {
                return false;
            }

            procedures.Add(member);
        }

        return procedures.Count > 0;
    }

    /// <summary>The procedures of a switch section's labels; false when a label is not a constant procedure (or is <c>default</c>).</summary>
    private static bool TryCollectProcedures(ISwitchCaseOperation section, CatalogueIndex index, List<ProcedureMember> procedures)
    {
        var constants = new List<IOperation>();
        foreach (var clause in section.Clauses)
        {
            switch (clause)
            {
                case ISingleValueCaseClauseOperation single:
                    constants.Add(single.Value);
                    break;
                case IPatternCaseClauseOperation patternClause when TryCollectConstants(patternClause.Pattern, constants):
                    break;
                default:
                    return false;
            }
        }

        return TryGetProcedures(constants, index, procedures);
    }

    /// <summary>The values a switch section returns or yields directly (blocks included, nested statements not).</summary>
    private static IEnumerable<IOperation> ReturnedValues(ImmutableArray<IOperation> body)
    {
        foreach (var statement in body)
        {
            switch (statement)
            {
                case IReturnOperation { ReturnedValue: { } value }:
                    yield return value;
                    break;
                case IBlockOperation block:
                    foreach (var value in ReturnedValues(block.Operations))
                    {
                        yield return value;
                    }

                    break;
            }
        }
    }
}
