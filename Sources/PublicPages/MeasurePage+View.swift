import SiteKit
import TalentDomain
import Targets

extension MeasurePageModel {
    package func render(layout: Layout) -> String {
        let m = layout.messages
        let lang = layout.language
        let separator = lang == .zh ? "、" : ", "
        let title = "\(measure.code) · \(measure.title.text(lang))"
        return layout.render(
            title: title, description: measure.summary.text(lang),
            body: .group(
                .article(
                    .h1(
                        .span(.class("measure__code"), .text(measure.code)), .text(" "), .text(measure.title.text(lang))
                    ),
                    .p(.class("lead"), .text(measure.summary.text(lang))),
                    .section(
                        .id("departments"),
                        .attribute(named: "aria-labelledby", value: "departments-heading"),
                        .h2(.id("departments-heading"), .text(m(.measureDepartmentsHeading))),
                        .ul(
                            .class("tag-list"),
                            .forEach(departments) { department in
                                .li(
                                    .data(named: "department", value: department.code),
                                    .attribute(named: "title", value: department.fullName.text(lang)),
                                    .text(department.shortName.text(lang)),
                                    .if(department.lead, .span(.class("badge"), .text(m(.leadDepartment)))))
                            })
                    ),
                    .section(
                        .attribute(named: "aria-labelledby", value: "targets-heading"),
                        .h2(.id("targets-heading"), .text(m(.measureTargetsHeading))),
                        .if(!targets.isEmpty, .p(.class("muted"), .text(m(.targetActualNote(year: String(year)))))),
                        targets.isEmpty
                            ? .p(.class("muted"), .text(m(.measureNoTargets)))
                            : TargetsTable(
                                rows: targets.map {
                                    ($0, measure.title, $0.departments.compactMap { policy.department($0)?.shortName })
                                }, messages: m, actuals: actuals
                            ).node
                    ),
                    .if(!loans.isEmpty, loanSection(m)),
                    .if(!subsidies.isEmpty, subsidySection(m)),
                    .if(showsEvaluationRules, evaluationSection(m)),
                    .if(
                        showsKeyGroups,
                        .section(
                            .attribute(named: "aria-labelledby", value: "keygroups-heading"),
                            .h2(.id("keygroups-heading"), .text(m(.measureKeyGroupsHeading))),
                            .ul(.class("tag-list"), .forEach(policy.keyGroups) { .li(.text($0.name.text(lang))) })
                        )),
                    .section(
                        .attribute(named: "aria-labelledby", value: "tasks-heading"),
                        .h2(.id("tasks-heading"), .text(m(.measureTasksHeading))),
                        .ol(
                            .class("task-list"),
                            .forEach(measure.tasks) { task in
                                .li(
                                    .p(.text(task.text.text(lang))),
                                    .p(
                                        .class("task__departments"),
                                        .text(
                                            m(.measureResponsibleForTask)
                                                + task.departments.compactMap {
                                                    policy.department($0)?.shortName.text(lang)
                                                }
                                                .joined(separator: separator)))
                                )
                            })
                    ),
                    .nav(
                        .class("pager"),
                        .ariaLabel(m(.navMeasures)),
                        .unwrap(previous) { previous in
                            .a(
                                .attribute(named: "rel", value: "prev"), .href(SiteURL.measure(previous.code).path),
                                .text("← \(m(.measurePrevious))\(m.colon)\(previous.code) \(previous.title.text(lang))")
                            )
                        },
                        .unwrap(next) { next in
                            .a(
                                .attribute(named: "rel", value: "next"), .href(SiteURL.measure(next.code).path),
                                .text("\(m(.measureNext))\(m.colon)\(next.code) \(next.title.text(lang)) →"))
                        }
                    )
                )
            ))
    }

    private func loanSection(_ m: Messages) -> Node<HTML.BodyContext> {
        .section(
            .attribute(named: "aria-labelledby", value: "loans-heading"),
            .h2(.id("loans-heading"), .text(m(.measureLoansHeading))),
            .scrollableTable(
                label: m(.measureLoansHeading),
                .table(
                    .class("data-table"),
                    .thead(
                        .tr(
                            .th(.attribute(named: "scope", value: "col"), .text(m(.columnName))),
                            .th(.attribute(named: "scope", value: "col"), .text(m(.columnBorrower))),
                            .th(.attribute(named: "scope", value: "col"), .text(m(.columnCap)))
                        )),
                    .tbody(
                        .forEach(loans) { loan in
                            .tr(
                                .data(named: "loan", value: loan.id),
                                .th(
                                    .attribute(named: "scope", value: "row"),
                                    .text(m(loan.product == .guaranteed ? .loanGuaranteed : .loanBoost))),
                                .td(.text(m(loan.borrower == .enterprise ? .borrowerEnterprise : .borrowerIndividual))),
                                .td(.class("number"), .text(loan.cap.formatted)))
                        })
                ))
        )
    }

    private func subsidySection(_ m: Messages) -> Node<HTML.BodyContext> {
        let lang = m.language
        return .section(
            .attribute(named: "aria-labelledby", value: "subsidies-heading"),
            .h2(.id("subsidies-heading"), .text(m(.measureSubsidiesHeading))),
            .forEach(subsidies) { subsidy in
                .div(
                    .class("card"), .data(named: "subsidy", value: subsidy.kind.rawValue),
                    .h3(.text(subsidy.label.text(lang))),
                    .if(
                        subsidy.amountsYuan != nil,
                        .ul(
                            .forEach(EngineerLevel.allCases) { level in
                                .unwrap(subsidy.amount(levelCode: level.rawValue)) { amount in
                                    .li(.text("\(m.level(level))\(m.colon)\(amount.formatted)"))
                                }
                            })),
                    .ul(
                        .class("rules"),
                        .unwrap(subsidy.applyWithinMonths) {
                            .li(.text(m(.subsidyApplyWithin(months: String($0)))))
                        },
                        .unwrap(subsidy.maxClaimsPerYear) { .li(.text(m(.subsidyMaxClaims(count: String($0))))) },
                        .if(subsidy.oncePerOccupationAndLevel == true, .li(.text(m(.subsidyOncePerLevel)))),
                        .unwrap(subsidy.minInsuredMonths) { .li(.text(m(.subsidyMinInsured(months: String($0))))) },
                        .forEach(subsidy.exclusiveWith ?? []) { other in
                            .li(
                                .text(
                                    m(
                                        .subsidyExclusive(
                                            other: policy.subsidies.first { $0.kind == other }?.label.text(lang)
                                                ?? other.rawValue))))
                        }),
                    .p(.class("muted"), .text("\(m(.subsidySource))\(m.colon)\(subsidy.source.text(lang))")))
            }
        )
    }

    /// The pathways' sentences in policy order, each once, with the pathways it gives.
    static func bySentence(_ pathways: [TitlePathway], _ lang: DisplayLanguage) -> [(ids: [String], sentence: String)] {
        var sentences: [(ids: [String], sentence: String)] = []
        for pathway in pathways {
            let sentence = pathway.description.text(lang)
            if let index = sentences.firstIndex(where: { $0.sentence == sentence }) {
                sentences[index].ids.append(pathway.id)
            } else {
                sentences.append(([pathway.id], sentence))
            }
        }
        return sentences
    }

    private func evaluationSection(_ m: Messages) -> Node<HTML.BodyContext> {
        let lang = m.language
        return .group(
            .section(
                .attribute(named: "aria-labelledby", value: "pathways-heading"),
                .h2(.id("pathways-heading"), .text(m(.measurePathwaysHeading))),
                .ul(
                    .class("rules"),
                    // One sentence of the policy can give two pathways (初、中级): said once.
                    .forEach(Self.bySentence(policy.titlePathways, lang)) { ids, sentence in
                        .li(.data(named: "pathway", value: ids.joined(separator: " ")), .text(sentence))
                    })
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "exceptional-heading"),
                .h2(.id("exceptional-heading"), .text(m(.measureExceptionalHeading))),
                .p(.text(policy.exceptionalSenior.description.text(lang)))
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "crossover-heading"),
                .h2(.id("crossover-heading"), .text(m(.measureCrossoverHeading))),
                .p(.text(policy.crossover.description.text(lang)))
            ),
            .section(
                .attribute(named: "aria-labelledby", value: "nomination-heading"),
                .h2(.id("nomination-heading"), .text(m(.measureNominationHeading))),
                .p(.text(policy.nominationRule.description.text(lang)))
            )
        )
    }
}
