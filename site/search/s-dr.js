DossierSearch.shard("dr", {"dreaded":"4.6","dread~":"4.6","drew":"3.6","drifting":"2.6","drift~":"2.6","drills":"2.4,2.4","drill~":"2.4,2.4","drivers":"1.6","driver~":"1.6"});
