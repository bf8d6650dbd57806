DossierSearch.shard("gl", {"glitz":"4.6","global":"0.2,2.2,1.2,1.2","globally":"1.6","global~":"1.6"});
