import type { UserEntity } from "./user.entity";
import type { UserType } from "./user.types";

export function presentUser(user: UserEntity): UserType {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    company: user.company,
    organisationType: user.organisationType,
    isStaff: user.isStaff,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt,
  };
}
