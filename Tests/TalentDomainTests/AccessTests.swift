import Foundation
import Testing

@testable import TalentDomain

@Suite("Authorization table")
struct PermissionsTests {
    /// The table as the design states it, written out independently of `Permissions`:
    /// resource → role → scopes of read, list, create, change, delete.
    static let expected: [ResourceKind: [Role: [AccessScope]]] = [
        .talent: [
            .admin: [.any, .any, .any, .any, .none],
            .officer: [.any, .any, .any, .any, .none],
            .provider: [.organization, .organization, .organization, .organization, .none],
            .employer: [.organization, .organization, .organization, .organization, .none],
            .talent: [.own, .none, .own, .own, .none],
        ],
        .user: [
            .admin: [.any, .any, .any, .any, .any],
            .officer: [.department, .department, .none, .own, .none],
            .provider: [.organization, .organization, .none, .own, .none],
            .employer: [.organization, .organization, .none, .own, .none],
            .talent: [.own, .none, .none, .own, .none],
        ],
        .organization: [
            .admin: [.any, .any, .any, .any, .any],
            .officer: [.any, .any, .none, .none, .none],
            .provider: [.organization, .organization, .none, .organization, .none],
            .employer: [.organization, .organization, .none, .organization, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
        .department: [
            .admin: [.any, .any, .none, .none, .none],
            .officer: [.any, .any, .none, .none, .none],
            .provider: [.any, .any, .none, .none, .none],
            .employer: [.any, .any, .none, .none, .none],
            .talent: [.any, .any, .none, .none, .none],
        ],
        .apiToken: [
            .admin: [.any, .any, .own, .none, .any],
            .officer: [.own, .own, .own, .none, .own],
            .provider: [.own, .own, .own, .none, .own],
            .employer: [.own, .own, .own, .none, .own],
            .talent: [.own, .own, .own, .none, .own],
        ],
        .talentImport: [
            .admin: [.any, .any, .any, .none, .none],
            .officer: [.own, .own, .any, .none, .none],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
        .erasureRequest: [
            .admin: [.any, .any, .none, .any, .none],
            .officer: [.none, .none, .none, .none, .none],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.own, .none, .own, .none, .none],
        ],
        .program: [
            .admin: [.any, .any, .any, .any, .none],
            .officer: [.any, .any, .none, .none, .none],
            .provider: [.organization, .organization, .organization, .organization, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
        .enrollment: [
            .admin: [.any, .any, .any, .any, .none],
            .officer: [.any, .any, .none, .none, .none],
            .provider: [.organization, .organization, .organization, .organization, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.own, .own, .own, .own, .none],
        ],
        .enrollmentImport: [
            .admin: [.any, .any, .any, .none, .none],
            .officer: [.any, .any, .none, .none, .none],
            .provider: [.organization, .organization, .organization, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
        .certificate: [
            .admin: [.any, .any, .any, .any, .none],
            .officer: [.any, .any, .any, .any, .none],
            .provider: [.organization, .organization, .organization, .organization, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.own, .own, .none, .none, .none],
        ],
        .voucher: [
            .admin: [.any, .any, .any, .any, .none],
            .officer: [.any, .any, .any, .any, .none],
            .provider: [.organization, .organization, .none, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.own, .own, .none, .none, .none],
        ],
        .course: [
            .admin: [.any, .any, .any, .any, .none],
            .officer: [.any, .any, .none, .none, .none],
            .provider: [.any, .any, .organization, .organization, .none],
            .employer: [.any, .any, .none, .none, .none],
            .talent: [.any, .any, .none, .none, .none],
        ],
        .courseCompletion: [
            .admin: [.any, .any, .any, .none, .none],
            .officer: [.any, .any, .none, .none, .none],
            .provider: [.organization, .organization, .organization, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.own, .own, .own, .none, .none],
        ],
        .talentClassification: [
            .admin: [.any, .any, .any, .any, .any],
            .officer: [.any, .any, .any, .any, .any],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
        // Computed, never written: read by the talent and the HR departments only.
        .eligibility: [
            .admin: [.any, .any, .none, .none, .none],
            .officer: [.any, .any, .none, .none, .none],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.own, .none, .none, .none, .none],
        ],
        // Routed to the department the policy names; the applicant's own.
        .application: [
            .admin: [.any, .any, .none, .any, .none],
            .officer: [.department, .department, .none, .department, .none],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.organization, .organization, .organization, .organization, .none],
            .talent: [.own, .own, .own, .own, .none],
        ],
        // Each person's own.
        .notification: [
            .admin: [.own, .own, .none, .own, .none],
            .officer: [.own, .own, .none, .own, .none],
            .provider: [.own, .own, .none, .own, .none],
            .employer: [.own, .own, .none, .own, .none],
            .talent: [.own, .own, .none, .own, .none],
        ],
        // A draft policy and the whole pool: administrators only.
        .policySimulation: [
            .admin: [.any, .any, .any, .none, .none],
            .officer: [.none, .none, .none, .none, .none],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
        // The programme's department: its lists, drafts discarded; administrators any.
        .nomination: [
            .admin: [.any, .any, .any, .any, .any],
            .officer: [.department, .department, .department, .department, .department],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
        // An employer's own declarations; the catalogue's departments read and return any
        // (which officers those are is checked by the capability, from the policy).
        .shortageDeclaration: [
            .admin: [.any, .any, .none, .any, .none],
            .officer: [.any, .any, .none, .any, .none],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.organization, .organization, .organization, .organization, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
        // Compiled, published and discarded by the same departments; the published
        // catalogue is read by a public query.
        .catalogueEdition: [
            .admin: [.any, .any, .any, .any, .any],
            .officer: [.any, .any, .any, .any, .any],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
        // An employer's own pay report, seen by no other employer; the wage departments read.
        .wageReport: [
            .admin: [.any, .any, .none, .none, .none],
            .officer: [.any, .any, .none, .none, .none],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.organization, .organization, .organization, .organization, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
        // Campaigns are public; officers run them.
        .jobCampaign: [
            .admin: [.any, .any, .any, .any, .none],
            .officer: [.any, .any, .any, .any, .none],
            .provider: [.any, .any, .none, .none, .none],
            .employer: [.any, .any, .none, .none, .none],
            .talent: [.any, .any, .none, .none, .none],
        ],
        // An employer's own posts; officers read all and take one down (change).
        .jobPost: [
            .admin: [.any, .any, .none, .any, .none],
            .officer: [.any, .any, .none, .any, .none],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.organization, .organization, .organization, .organization, .organization],
            .talent: [.none, .none, .none, .none, .none],
        ],
        // A talent's own applications; the post's employer its applicants; officers read.
        .jobApplication: [
            .admin: [.any, .any, .none, .none, .none],
            .officer: [.any, .any, .none, .none, .none],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.organization, .organization, .organization, .organization, .none],
            .talent: [.own, .own, .own, .own, .none],
        ],
        .auditEvent: [
            .admin: [.any, .any, .none, .none, .none],
            .officer: [.none, .none, .none, .none, .none],
            .provider: [.none, .none, .none, .none, .none],
            .employer: [.none, .none, .none, .none, .none],
            .talent: [.none, .none, .none, .none, .none],
        ],
    ]

    static let actions: [Action] = [.read, .list, .create, .change, .delete]

    @Test func everyRoleResourceAndActionHasTheDesignedScope() {
        #expect(Action.allCases == Self.actions)
        for resource in ResourceKind.allCases {
            for role in Role.allCases {
                let row = Self.expected[resource]?[role]
                #expect(row != nil, "no expectation for \(role) on \(resource)")
                for (index, action) in Self.actions.enumerated() {
                    #expect(
                        Permissions.scope(for: role, action, on: resource) == row?[index],
                        "\(role) \(action) \(resource)")
                }
            }
        }
    }

    /// Issue 14: an administrator could turn a provider account into an administrator.
    @Test func onlyStaffAccountsChangeRoleAndOnlyBetweenAdministratorAndOfficer() {
        for from in Role.allCases {
            for to in Role.allCases {
                let staff: Set<Role> = [.admin, .officer]
                #expect(
                    Permissions.allowsRoleChange(from: from, to: to) == (staff.contains(from) && staff.contains(to)),
                    "\(from) → \(to)")
            }
        }
    }

    @Test func tableListsEveryEntryOnce() {
        // MUT
        let table = Permissions.table()
        // validate
        #expect(table.count == Role.allCases.count * ResourceKind.allCases.count * Action.allCases.count)
        #expect(Set(table.map { "\($0.0)/\($0.1)/\($0.2)" }).count == table.count)
        for (role, resource, action, scope) in table {
            #expect(Permissions.scope(for: role, action, on: resource) == scope)
        }
    }

    @Test func nobodyMayChangeOrDeleteAuditEventsOrCreateThem() {
        for role in Role.allCases {
            for action in [Action.create, .change, .delete] {
                #expect(Permissions.scope(for: role, action, on: .auditEvent) == AccessScope.none)
            }
        }
    }

    @Test func scopesAreOrderedByBreadth() {
        #expect(AccessScope.none < .own && AccessScope.own < .organization)
        #expect(AccessScope.organization < .department && AccessScope.department < .any)
    }
}

@Suite("Authorization of single rows")
struct AllowsTests {
    let me = UUID()
    let someoneElse = UUID()
    let myOrganization = UUID()
    let otherOrganization = UUID()

    @Test func ownScopeCoversOnlyTheActorsRows() {
        let talent = Actor(userID: me, role: .talent)
        #expect(Permissions.allows(talent, .read, on: .user, owner: ResourceOwner(userID: me)))
        #expect(!Permissions.allows(talent, .read, on: .user, owner: ResourceOwner(userID: someoneElse)))
        #expect(!Permissions.allows(talent, .read, on: .user, owner: ResourceOwner()))
        #expect(Permissions.allows(talent, .delete, on: .apiToken, owner: ResourceOwner(userID: me)))
        #expect(!Permissions.allows(talent, .delete, on: .apiToken, owner: ResourceOwner(userID: someoneElse)))
    }

    @Test func organizationScopeCoversRowsOfTheActorsOrganization() {
        let employer = Actor(userID: me, role: .employer, organizationID: myOrganization)
        #expect(
            Permissions.allows(
                employer, .read, on: .user,
                owner: ResourceOwner(userID: someoneElse, organizationID: myOrganization)))
        #expect(
            !Permissions.allows(
                employer, .read, on: .user,
                owner: ResourceOwner(userID: someoneElse, organizationID: otherOrganization)))
        #expect(
            Permissions.allows(
                employer, .change, on: .organization, owner: ResourceOwner(organizationID: myOrganization)))
        #expect(
            !Permissions.allows(
                employer, .change, on: .organization,
                owner: ResourceOwner(organizationID: otherOrganization)))
    }

    @Test func anEmployerWithoutOrganizationGetsNothingAtOrganizationScope() {
        let employer = Actor(userID: me, role: .employer)
        #expect(!Permissions.allows(employer, .read, on: .organization, owner: ResourceOwner()))
        #expect(!Permissions.allows(employer, .read, on: .user, owner: ResourceOwner(userID: someoneElse)))
    }

    @Test func departmentScopeCoversRowsOfTheActorsDepartment() {
        let officer = Actor(userID: me, role: .officer, departmentCode: "HRSS")
        #expect(
            Permissions.allows(
                officer, .list, on: .user,
                owner: ResourceOwner(userID: someoneElse, departmentCode: "HRSS")))
        #expect(
            !Permissions.allows(
                officer, .list, on: .user,
                owner: ResourceOwner(userID: someoneElse, departmentCode: "EDU")))
        #expect(!Permissions.allows(officer, .list, on: .user, owner: ResourceOwner(userID: someoneElse)))
    }

    @Test func anOfficerWithoutDepartmentGetsNothingAtDepartmentScope() {
        // setup
        let officer = Actor(userID: me, role: .officer)
        // MUT, validate: not even rows that have no department either
        for owner in [
            ResourceOwner(userID: someoneElse), ResourceOwner(userID: someoneElse, departmentCode: "HRSS"),
            ResourceOwner(userID: me), ResourceOwner(),
        ] {
            #expect(!Permissions.allows(officer, .read, on: .user, owner: owner))
            #expect(!Permissions.allows(officer, .list, on: .user, owner: owner))
        }
        // The own scope of `change` does not depend on the department.
        #expect(Permissions.allows(officer, .change, on: .user, owner: ResourceOwner(userID: me)))
    }

    @Test func anyScopeCoversEveryRow() {
        let admin = Actor(userID: me, role: .admin)
        #expect(Permissions.allows(admin, .delete, on: .user, owner: ResourceOwner(userID: someoneElse)))
        #expect(Permissions.allows(admin, .read, on: .auditEvent, owner: ResourceOwner()))
        #expect(
            Permissions.allows(
                Actor(userID: me, role: .talent), .read, on: .department,
                owner: ResourceOwner(departmentCode: "EDU")))
    }

    @Test func noneScopeCoversNoRowNotEvenOwn() {
        let talent = Actor(userID: me, role: .talent)
        #expect(!Permissions.allows(talent, .change, on: .apiToken, owner: ResourceOwner(userID: me)))
        #expect(!Permissions.allows(talent, .read, on: .auditEvent, owner: ResourceOwner(userID: me)))
        #expect(!Permissions.allows(Actor(userID: me, role: .admin), .change, on: .auditEvent, owner: ResourceOwner()))
    }
}

/// Who reads full ID and mobile numbers (issue 17: an Education Bureau officer saw them,
/// while the consent text said HR staff only): administrators and the officers of the
/// departments the policy file names; nobody else.
@Suite("Full identifiers")
struct PersonalDataTests {
    static let policy = try! PolicyDocument.load(yaml: Fixtures.shippedPolicy, file: "zibo-2025.yaml")

    static func actor(_ role: Role, department: String? = nil) -> Actor {
        Actor(userID: UUID(), role: role, organizationID: role == .employer ? UUID() : nil, departmentCode: department)
    }

    @Test func theHRBureausOfficersAndTheAdministratorsReadFullNumbersAndNobodyElse() {
        #expect(PersonalData.readerDepartments(Self.policy) == ["HRSS"])
        #expect(PersonalData.revealsIdentifiers(to: Self.actor(.admin), policy: Self.policy))
        #expect(PersonalData.revealsIdentifiers(to: Self.actor(.officer, department: "HRSS"), policy: Self.policy))
        for department in ["EDU", "SCI", "DATA"] {
            #expect(
                !PersonalData.revealsIdentifiers(to: Self.actor(.officer, department: department), policy: Self.policy))
        }
        #expect(!PersonalData.revealsIdentifiers(to: Self.actor(.officer), policy: Self.policy))
        for role in [Role.provider, .employer, .talent] {
            #expect(!PersonalData.revealsIdentifiers(to: Self.actor(role), policy: Self.policy))
        }
    }

    @Test func aPolicyWithoutReadersLeavesTheAdministratorsOnly() {
        var policy = Self.policy
        policy.identifierReaders = nil
        #expect(PersonalData.revealsIdentifiers(to: Self.actor(.admin), policy: policy))
        #expect(!PersonalData.revealsIdentifiers(to: Self.actor(.officer, department: "HRSS"), policy: policy))
    }
}
