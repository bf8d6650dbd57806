DossierSearch.shard("sh", {"shape":"4.6","shaped":"1.6","shape~":"1.6","share":"0.4,4.5","shared":"1.8","share~":"1.8","shift":"1.4,1.4","short":"3.6","show":"3.6","shows":"4.8","show~":"4.8"});
