import { Route, Routes } from "react-router";
import { NotFoundInPortal } from "../../../app/shell/NotFoundInPortal";
import { MyTasksPage } from "./MyTasksPage";

/** The "My tasks" section. */
export function TaskRoutes() {
  return (
    <Routes>
      <Route index element={<MyTasksPage />} />
      <Route path="*" element={<NotFoundInPortal />} />
    </Routes>
  );
}
