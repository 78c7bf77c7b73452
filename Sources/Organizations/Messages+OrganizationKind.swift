import SiteKit

extension Messages {
    package func organizationKind(_ kind: Organization.Kind) -> String {
        switch kind {
        case .enterprise: self(.orgKindEnterprise)
        case .provider: self(.orgKindProvider)
        case .university: self(.orgKindUniversity)
        case .institute: self(.orgKindInstitute)
        case .agency: self(.orgKindAgency)
        }
    }
}
