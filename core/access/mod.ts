export * from "./roles.ts";
export * from "./scope.ts";
export * from "./last_admin.ts";
