/// The one authorization table of the platform (DESIGN.md "Users"): for each role, kind
/// of row and action, how far the role reaches. Routes, list queries and single-row
/// checks all ask here, so who-sees-what cannot differ between a page, the API and a
/// query. Anything not granted below is `.none`.
public enum Permissions {
    /// How far `role` reaches when doing `action` on rows of `resource`.
    public static func scope(for role: Role, _ action: Action, on resource: ResourceKind) -> AccessScope {
        row(resource, role)[action]
    }

    /// Whether `actor` may do `action` on the one row whose ownership is `owner`: the
    /// actor's scope must cover it. `own` needs the row's user to be the actor;
    /// `organization` and `department` need the actor to have one and the row to have
    /// the same; `any` covers every row. The App's list queries apply the same rule in SQL.
    public static func allows(
        _ actor: Actor, _ action: Action, on resource: ResourceKind,
        owner: ResourceOwner
    ) -> Bool {
        switch scope(for: actor.role, action, on: resource) {
        case .none: false
        case .own: owner.userID == actor.userID
        case .organization: actor.organizationID != nil && owner.organizationID == actor.organizationID
        case .department: actor.departmentCode != nil && owner.departmentCode == actor.departmentCode
        case .any: true
        }
    }

    /// Whether an administrator may turn an account of role `current` into one of role
    /// `new` (issue 14: the server let a provider account become an administrator).
    /// Only the HR bureau's and departments' staff accounts change role among themselves;
    /// a provider's or employer's account belongs to its organisation and a talent's to the
    /// person, so those keep their role: a new role is a new account.
    public static func allowsRoleChange(from current: Role, to new: Role) -> Bool {
        switch (current, new) {
        case (.admin, .admin), (.admin, .officer), (.officer, .admin), (.officer, .officer): true
        case (.admin, _), (.officer, _), (.provider, _), (.employer, _), (.talent, _): false
        }
    }

    /// Every entry of the table, by resource, role and action, to print it for review.
    public static func table() -> [(Role, ResourceKind, Action, AccessScope)] {
        ResourceKind.allCases.flatMap { resource in
            Role.allCases.flatMap { role in
                Action.allCases.map { action in (role, resource, action, scope(for: role, action, on: resource)) }
            }
        }
    }

    /// The table itself. The switch is exhaustive over resource × role, so a new role or
    /// resource does not compile until someone decides its row.
    private static func row(_ resource: ResourceKind, _ role: Role) -> Row {
        switch (resource, role) {
        //                                   read            list            create   change          delete
        case (.user, .admin): Row(.any, .any, .any, .any, .any)
        case (.user, .officer): Row(.department, .department, .none, .own, .none)
        case (.user, .provider): Row(.organization, .organization, .none, .own, .none)
        case (.user, .employer): Row(.organization, .organization, .none, .own, .none)
        case (.user, .talent): Row(.own, .none, .none, .own, .none)

        case (.organization, .admin): Row(.any, .any, .any, .any, .any)
        case (.organization, .officer): Row(.any, .any, .none, .none, .none)
        case (.organization, .provider): Row(.organization, .organization, .none, .organization, .none)
        case (.organization, .employer): Row(.organization, .organization, .none, .organization, .none)
        case (.organization, .talent): Row(.none, .none, .none, .none, .none)

        // Departments are public policy data; the policy file alone defines them.
        case (.department, _): Row(.any, .any, .none, .none, .none)

        // Tokens are immutable: revoking one is deleting it.
        case (.apiToken, .admin): Row(.any, .any, .own, .none, .any)
        case (.apiToken, _): Row(.own, .own, .own, .none, .own)

        // M12 talent pool: the HR departments work across the whole city's pool; employers
        // and providers keep the profiles of the people they employ or train; a talent
        // keeps their own. Erasure is a data-subject request, never a plain delete.
        case (.talent, .admin): Row(.any, .any, .any, .any, .none)
        case (.talent, .officer): Row(.any, .any, .any, .any, .none)
        case (.talent, .provider): Row(.organization, .organization, .organization, .organization, .none)
        case (.talent, .employer): Row(.organization, .organization, .organization, .organization, .none)
        case (.talent, .talent): Row(.own, .none, .own, .own, .none)

        // Bulk import writes many people at once: the city-wide HR roles only; an officer
        // sees the imports they ran (and their reports, which hold personal data).
        case (.talentImport, .admin): Row(.any, .any, .any, .none, .none)
        case (.talentImport, .officer): Row(.own, .own, .any, .none, .none)
        case (.talentImport, _): Row(.none, .none, .none, .none, .none)

        // A talent asks for their own erasure; an administrator decides (approving erases).
        case (.erasureRequest, .admin): Row(.any, .any, .none, .any, .none)
        case (.erasureRequest, .talent): Row(.own, .none, .own, .none, .none)
        case (.erasureRequest, _): Row(.none, .none, .none, .none, .none)

        // M1/M2 training: a provider runs its own programs with their cohorts and
        // enrolments; officers oversee all of them. The published catalogue (every program
        // past its draft) is public and read by a query of its own, not through this row.
        // Programs are archived, never deleted.
        case (.program, .admin): Row(.any, .any, .any, .any, .none)
        case (.program, .officer): Row(.any, .any, .none, .none, .none)
        case (.program, .provider): Row(.organization, .organization, .organization, .organization, .none)
        case (.program, _): Row(.none, .none, .none, .none, .none)

        // A talent applies and withdraws; the program's provider enrols, records attendance
        // and results. An enrolment is withdrawn, never deleted.
        case (.enrollment, .admin): Row(.any, .any, .any, .any, .none)
        case (.enrollment, .officer): Row(.any, .any, .none, .none, .none)
        case (.enrollment, .provider): Row(.organization, .organization, .organization, .organization, .none)
        case (.enrollment, .talent): Row(.own, .own, .own, .own, .none)
        case (.enrollment, .employer): Row(.none, .none, .none, .none, .none)
        case (.enrollmentImport, .admin): Row(.any, .any, .any, .none, .none)
        case (.enrollmentImport, .officer): Row(.any, .any, .none, .none, .none)
        case (.enrollmentImport, .provider): Row(.organization, .organization, .organization, .none, .none)
        case (.enrollmentImport, .talent),
            (.enrollmentImport, .employer):
            Row(.none, .none, .none, .none, .none)

        // A provider issues its own certificates and may revoke them; an officer records
        // certificates issued elsewhere and may revoke any; the holder sees their own.
        // Anyone verifies a certificate by its code on a public page. Revoked, never deleted.
        case (.certificate, .admin): Row(.any, .any, .any, .any, .none)
        case (.certificate, .officer): Row(.any, .any, .any, .any, .none)
        case (.certificate, .provider): Row(.organization, .organization, .organization, .organization, .none)
        case (.certificate, .talent): Row(.own, .own, .none, .none, .none)
        case (.certificate, .employer): Row(.none, .none, .none, .none, .none)

        // Officers issue vouchers in batches and may cancel one; a provider sees the
        // vouchers redeemed in its programs (its settlement list); the holder sees theirs
        // and spends one by enrolling, never by changing the row directly.
        case (.voucher, .admin): Row(.any, .any, .any, .any, .none)
        case (.voucher, .officer): Row(.any, .any, .any, .any, .none)
        case (.voucher, .provider): Row(.organization, .organization, .none, .none, .none)
        case (.voucher, .talent): Row(.own, .own, .none, .none, .none)
        case (.voucher, .employer): Row(.none, .none, .none, .none, .none)

        // M7 online courses: the column is public; providers add their own courses.
        case (.course, .admin): Row(.any, .any, .any, .any, .none)
        case (.course, .provider): Row(.any, .any, .organization, .organization, .none)
        case (.course, _): Row(.any, .any, .none, .none, .none)

        // A talent marks a course completed for themself; the course's provider records
        // completions for the people it trained; officers read them all.
        case (.courseCompletion, .admin): Row(.any, .any, .any, .none, .none)
        case (.courseCompletion, .officer): Row(.any, .any, .none, .none, .none)
        case (.courseCompletion, .provider): Row(.organization, .organization, .organization, .none, .none)
        case (.courseCompletion, .talent): Row(.own, .own, .own, .none, .none)
        case (.courseCompletion, .employer): Row(.none, .none, .none, .none, .none)

        // Key groups (M2 vouchers) and high-level categories (M3, M8 nominations) are
        // recorded by the HR departments' staff (issue 14: an employer could set them on
        // its own staff). Reading them is reading the profile (`.talent`); this row
        // decides who sets them.
        case (.talentClassification, .admin),
            (.talentClassification, .officer):
            Row(.any, .any, .any, .any, .any)
        case (.talentClassification, _): Row(.none, .none, .none, .none, .none)

        // Eligibility is computed, never stored or changed: the talent sees their own, the
        // HR departments anyone's (to advise and to review applications). An employer or a
        // provider does not: it would show certificates they may not list.
        case (.eligibility, .admin), (.eligibility, .officer): Row(.any, .any, .none, .none, .none)
        case (.eligibility, .talent): Row(.own, .none, .none, .none, .none)
        case (.eligibility, .provider), (.eligibility, .employer): Row(.none, .none, .none, .none, .none)

        // A talent applies for themself, an employer for its organisation (a small or
        // micro enterprise's loan), and each submits or withdraws its own applications;
        // the department the policy routes a kind to reviews it (returns, approves,
        // rejects), administrators any. Applications are withdrawn, never deleted.
        case (.application, .admin): Row(.any, .any, .none, .any, .none)
        case (.application, .officer): Row(.department, .department, .none, .department, .none)
        case (.application, .talent): Row(.own, .own, .own, .own, .none)
        case (.application, .employer): Row(.organization, .organization, .organization, .organization, .none)
        case (.application, .provider): Row(.none, .none, .none, .none, .none)

        // The platform writes notifications; each person reads theirs and marks them read.
        case (.notification, _): Row(.own, .own, .none, .own, .none)

        // Administrators only: a simulation reads the whole pool, and a draft policy is
        // not public until it is activated.
        case (.policySimulation, .admin): Row(.any, .any, .any, .none, .none)
        case (.policySimulation, _): Row(.none, .none, .none, .none, .none)

        // The department the policy gives a programme assembles its lists, submits them
        // and records who was selected; administrators any. A draft list may be
        // discarded; a submitted one stays, as sent.
        case (.nomination, .admin): Row(.any, .any, .any, .any, .any)
        case (.nomination, .officer): Row(.department, .department, .department, .department, .department)
        case (.nomination, _): Row(.none, .none, .none, .none, .none)

        // M3 urgent needs: an employer declares its own for a year, and changes a
        // declaration until it submits it (or after it is returned); the catalogue's
        // departments read every declaration and return one with a reason. Which
        // officers those are is policy data (the target's departments), so the
        // capability checks it besides this row. Declarations are returned, never deleted.
        case (.shortageDeclaration, .admin): Row(.any, .any, .none, .any, .none)
        case (.shortageDeclaration, .officer): Row(.any, .any, .none, .any, .none)
        case (.shortageDeclaration, .employer):
            Row(.organization, .organization, .organization, .organization, .none)
        case (.shortageDeclaration, _): Row(.none, .none, .none, .none, .none)

        // The same departments compile editions, publish them and discard a draft; a
        // published edition is public and read by a query of its own, not this row.
        case (.catalogueEdition, .admin), (.catalogueEdition, .officer): Row(.any, .any, .any, .any, .any)
        case (.catalogueEdition, _): Row(.none, .none, .none, .none, .none)

        // M9 pay: an employer reports its own, and no other employer ever sees it; the
        // wage departments (policy data, checked by the capability besides this row)
        // read the reports to publish the year. Reports are never deleted once sent.
        case (.wageReport, .admin), (.wageReport, .officer): Row(.any, .any, .none, .none, .none)
        case (.wageReport, .employer): Row(.organization, .organization, .organization, .organization, .none)
        case (.wageReport, _): Row(.none, .none, .none, .none, .none)

        // M3 job zone: officers run the campaigns, which anyone may read (they are public
        // on the job board).
        case (.jobCampaign, .admin), (.jobCampaign, .officer): Row(.any, .any, .any, .any, .none)
        case (.jobCampaign, _): Row(.any, .any, .none, .none, .none)

        // An employer writes, publishes and closes its own posts and discards a draft;
        // officers read every post and take one down with a reason. A published post is
        // public and read by a query of its own, not this row.
        case (.jobPost, .admin), (.jobPost, .officer): Row(.any, .any, .none, .any, .none)
        case (.jobPost, .employer): Row(.organization, .organization, .organization, .organization, .organization)
        case (.jobPost, _): Row(.none, .none, .none, .none, .none)

        // A talent applies and sees their own applications; the post's employer sees its
        // applicants, invites matched talents and moves applications along; officers read
        // them to count hires. Nobody deletes one: it is withdrawn or decided.
        case (.jobApplication, .admin), (.jobApplication, .officer): Row(.any, .any, .none, .none, .none)
        case (.jobApplication, .employer): Row(.organization, .organization, .organization, .organization, .none)
        case (.jobApplication, .talent): Row(.own, .own, .own, .own, .none)
        case (.jobApplication, .provider): Row(.none, .none, .none, .none, .none)

        // Only the system writes audit events, and the log is append-only (DESIGN.md "Audit").
        case (.auditEvent, .admin): Row(.any, .any, .none, .none, .none)
        case (.auditEvent, _): Row(.none, .none, .none, .none, .none)
        }
    }

    /// One line of the table: the scope of each action.
    private struct Row {
        let read, list, create, change, delete: AccessScope

        init(
            _ read: AccessScope, _ list: AccessScope, _ create: AccessScope,
            _ change: AccessScope, _ delete: AccessScope
        ) {
            (self.read, self.list, self.create, self.change, self.delete) = (read, list, create, change, delete)
        }

        subscript(action: Action) -> AccessScope {
            switch action {
            case .read: read
            case .list: list
            case .create: create
            case .change: change
            case .delete: delete
            }
        }
    }
}
