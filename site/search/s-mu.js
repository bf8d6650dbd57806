DossierSearch.shard("mu", {"multidimensional":"3.9","multiple":"3.6","multipurpose":"1.6","munich":"4.6","muscles":"3.6","muster":"2.6","mutual":"1.6,2.4"});
