import { graphql } from "@sam/graphql-types";

export const systemOverviewQuery = graphql(`
  query SystemOverview {
    systemOverview {
      accountsByStatus {
        status
        count
      }
      domainReviewsByAge {
        label
        fromDays
        toDays
        count
      }
      lapsingSoon {
        label
        fromDays
        toDays
        count
      }
    }
  }
`);
