// Shared test setup. (Kept small: tests load what they need themselves.)
export {};
