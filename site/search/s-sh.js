DossierSearch.shard("sh", {"shape":"3.6","shaped":"4.6","share":"0.4,3.5","shared":"4.8","shift":"1.4,3.4","short":"2.6","show":"2.6","shows":"3.8"});
