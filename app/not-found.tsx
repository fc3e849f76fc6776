import { NotFoundState } from "@/components/states/not-found-state";

export default function NotFound() {
  return <NotFoundState title="Page not found">There is nothing at this address.</NotFoundState>;
}
