DossierSearch.shard("gl", {"glitz":"3.6","global":"0.2,1.2,1.2,1.2","globally":"4.6"});
