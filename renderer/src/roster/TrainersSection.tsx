import { Route, Routes } from 'react-router-dom';
import { ImportPage } from './import/ImportPage';
import { PersonPage } from './PersonPage';
import { TrainersPage } from './TrainersPage';

export function TrainersSection() {
  return (
    <Routes>
      <Route index element={<TrainersPage />} />
      <Route path="import" element={<ImportPage />} />
      <Route path=":id" element={<PersonPage />} />
    </Routes>
  );
}
